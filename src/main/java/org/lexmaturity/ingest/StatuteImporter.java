package org.lexmaturity.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.lexmaturity.imports.Importer;
import org.lexmaturity.imports.Upload;
import org.lexmaturity.imports.Written;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.kernel.ShapeValidator;
import org.lexmaturity.statutes.Division;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.ActRdf;
import org.lexmaturity.statutes.ActVersions;
import org.lexmaturity.statutes.Ministries;
import org.lexmaturity.statutes.ProvisionLabels;
import org.lexmaturity.statutes.StatuteWriter;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.store.Graphs;

/**
 * Statutes as an {@link Importer}: a unit is one file (Akoma Ntoso, Finlex statute XML or ELI RDF, told from its
 * content), read from files, folders and archives one at a time; it is turned into RDF and checked against the
 * statute shapes, then written into the act's graph, replacing the same language version of the act.
 */
public final class StatuteImporter implements Importer<StatuteSource, StatuteImporter.Checked> {
    /** The count of screening findings removed because their provision's text changed or went (see {@link StatuteWriter}). */
    public static final String STALE_FINDINGS = "staleFindingsRemoved";

    private final ActRdf actRdf;
    private final StatuteWriter writer;
    private final Graphs graphs;
    private final ShapeValidator validator;

    public StatuteImporter(String baseIri, Graphs graphs, Ministries ministries, ShapeValidator validator) {
        this.actRdf = new ActRdf(baseIri, ministries);
        this.writer = new StatuteWriter(graphs);
        this.graphs = graphs;
        this.validator = validator;
    }

    /** The language versions of acts in one file, as RDF that passed the shapes. */
    public record Checked(List<Expression> expressions) {}

    record Expression(ActExpression expression, Node act, Graph rdf) {}

    @Override
    public String kind() {
        return "statutes";
    }

    @Override
    public String itemName() {
        return "acts";
    }

    /** Archives, folders, XML and RDF syntaxes are statutes' own; tables (surveys, registers) are not. */
    @Override
    public boolean detects(Upload upload) {
        byte[] head = upload.head();
        if (head.length == 0) {
            return true; // folders and several paths: only statute imports take those
        }
        if ((head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b)) {
            return true; // gzip: a .tar.gz of statutes
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return text.startsWith("<") || text.startsWith("{") || text.startsWith("[") || text.startsWith("@prefix")
                || text.regionMatches(true, 0, "PREFIX", 0, 6);
    }

    @Override
    public void read(Upload upload, Units<StatuteSource> units) {
        if (upload.body()) {
            SourceFiles.forEachInUpload(upload.name(), upload.singleFile(), s -> units.accept(s.name(), s), units::refuse);
        } else {
            SourceFiles.forEach(upload.paths(), s -> units.accept(s.name(), s), units::refuse);
        }
    }

    @Override
    public Checked validate(StatuteSource source, DatasetGraph dsg) {
        List<Expression> checked = new ArrayList<>();
        for (ActExpression e : StatuteFormats.read(source)) {
            Node act = actRdf.actIri(e);
            refuseIfTheVersionContradictsTheStore(dsg, act, e, source.name());
            Graph rdf = actRdf.toGraph(e);
            validator.check(rdf, source.name());
            checked.add(new Expression(e, act, rdf));
        }
        return new Checked(checked);
    }

    /** A version the store holds already must keep its date: a file that says otherwise is refused, naming the version. */
    private void refuseIfTheVersionContradictsTheStore(DatasetGraph dsg, Node act, ActExpression e, String source) {
        Node version = NodeFactory.createURI(act.getURI() + "/" + e.version().path());
        Optional<Node> graph = writer.graphOf(dsg, act);
        // an original's date is the act's signing date, which the languages' files may give apart; a consolidated
        // version is its date
        if (graph.isEmpty() || e.version().date().isEmpty() || e.version().original()) {
            return;
        }
        String date = e.version().date().get().toString();
        dsg.stream(graph.get(), version, ELI.version_date, Node.ANY).map(q -> q.getObject().getLiteralLexicalForm())
                .filter(stored -> !stored.equals(date)).findFirst().ifPresent(stored -> {
                    throw new ImportException(source, "resource <" + version + ">", "the store has this version as of " + stored
                            + ", the file as of " + date + ": import the act's files of one edition");
                });
    }

    @Override
    public Written write(Checked checked, DatasetGraph dsg) {
        Set<String> acts = new HashSet<>();
        Set<String> replaced = new HashSet<>();
        List<String> notices = new ArrayList<>();
        int stale = 0;
        for (Expression c : checked.expressions()) {
            Node graph = writer.graphOf(dsg, c.act()).orElse(null);
            String lang = c.expression().language();
            Optional<ActVersions.Current> current = graph == null ? Optional.empty() : ActVersions.current(dsg, graph, c.act(), lang);
            Optional<String> expressionIri = c.expression().expressionIri();
            boolean otherVersion = current.isPresent() && expressionIri.isPresent() && !current.get().expression().getURI().equals(expressionIri.get())
                    && !current.get().versionPath().equals(c.expression().version().path());
            if (otherVersion && !c.expression().version().newerThan(new ActExpression.Version(current.get().versionPath(), Optional.empty()))) {
                // an older version than the one the provisions carry: beside it, on the provisions' versions
                acts.add(c.act().getURI());
                replaced.add(c.act().getURI());
                ActVersions.writeBeside(dsg, graph, c.act(), c.expression(), c.rdf());
                long missing = ActVersions.unstoredBeside(dsg, graph, c.expression(), c.rdf());
                if (missing > 0) {
                    // every text is written as it is read, so this is the store's fault: the whole import is aborted
                    throw new IllegalStateException(c.expression().sourceName() + ": " + missing + " texts in " + lang
                            + " were written but are not in the store");
                }
                continue;
            }
            if (otherVersion) {
                // a newer version: the texts the provisions carry now go aside, onto their versions, first
                ActVersions.keepAside(dsg, graph, c.act(), lang, current.get(), graphs.screening());
            }
            // refused before anything of the file is written when a text would be lost: with --skip-refused the file is
            // then listed, not half written
            StatuteWriter.Outcome outcome = writer.merge(dsg, c.act(), lang, writer.graphFor(c.expression(), c.act()), c.rdf(), c.expression());
            // both language versions in one file: the act was there before only if the first write found it
            if (acts.add(c.act().getURI()) && outcome.existed()) {
                replaced.add(c.act().getURI());
            }
            outcome.divergentProvisions().forEach((iri, missing) ->
                    notices.add(ProvisionLabels.of(iri) + ": no text in " + String.join(", ", missing) + " (the language versions differ here)"));
            stale += outcome.staleFindings();
            expressionIri.ifPresent(e -> ActVersions.markCurrent(dsg, writer.graphOf(dsg, c.act()).orElseThrow(), c.act(),
                    NodeFactory.createURI(e), lang));
            List<Division> unstored = writer.unstored(dsg, c.act(), c.expression());
            if (!unstored.isEmpty()) {
                // checked before the write, so this is the store's fault: the whole import is aborted, nothing committed
                throw new IllegalStateException(c.expression().sourceName() + ", " + unstored.get(0).eId() + ": " + unstored.size()
                        + " texts in " + lang + " were written but are not in the store");
            }
        }
        return new Written(acts, replaced, Map.of("acts", acts.size(), STALE_FINDINGS, stale), notices);
    }
}
