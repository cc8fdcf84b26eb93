package org.lexmaturity.register;

import java.time.Instant;
import org.lexmaturity.kernel.Language;
import org.lexmaturity.store.Agents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.imports.ImportRun;
import org.lexmaturity.imports.Importer;
import org.lexmaturity.imports.Progress;
import org.lexmaturity.imports.Upload;
import org.lexmaturity.imports.Written;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.store.Store;
import org.lexmaturity.kernel.Spreadsheet;
import org.lexmaturity.kernel.TableReader;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Imports a barrier register: an Excel workbook with a Barriers and a Measures sheet, a CSV file of barriers,
 * or Turtle. Everything is checked first — every reference must resolve, and the triples must pass
 * {@code ontology/register-shapes.ttl} — and then written in one transaction; an entry with the id of one
 * already in the register replaces it.
 */
public final class RegisterImport implements Importer<RegisterImport.Entries, RegisterImport.Checked> {
    private static final List<String> LANGS = Language.ALL;
    private static final List<String> BARRIER_SHEETS = List.of("barriers", "esteet", "hinder");
    private static final List<String> MEASURE_SHEETS = List.of("measures", "toimenpiteet", "åtgärder");
    private static final List<String> LIST_FIELDS = List.of("provisions", "life_events", "supported_by", "addresses");

    private final Store store;
    private final Clock clock;
    private final String agent;

    public record Result(int barriers, int measures, int replaced) {}

    /** The entries of one register file, as read. */
    public record Entries(String source, List<RawEntry> barriers, List<RawEntry> measures) {}

    /** The entries checked against each other and the store. */
    public record Checked(String source, List<Barrier> barriers, List<Measure> measures) {}

    public RegisterImport(Store store, Clock clock) {
        this(store, clock, null);
    }

    /** An importer whose changes are recorded as made by {@code agent}. */
    public RegisterImport(Store store, Clock clock, String agent) {
        this.store = store;
        this.clock = clock;
        this.agent = agent;
    }

    public Result importFile(Path file, String agent) {
        return new RegisterImport(store, clock, agent).run(Upload.ofFile(file).name(), units -> read(Upload.ofFile(file), units));
    }

    public Result importBytes(String name, byte[] bytes, String agent) {
        return new RegisterImport(store, clock, agent).run(name, units -> units.accept(name, entries(name, bytes)));
    }

    private Result run(String source, Consumer<Units<Entries>> feed) {
        ImportReport r = new ImportRun(store, ImportRun.WhenRefused.THROW, Progress.NONE).run(this, source, feed);
        return new Result(r.count("barriers"), r.count("measures"), r.replaced());
    }

    @Override
    public String kind() {
        return "register";
    }

    @Override
    public String itemName() {
        return "entries";
    }

    /** Turtle, or a table (XLSX, XLS, CSV). */
    @Override
    public boolean detects(Upload upload) {
        byte[] head = upload.head();
        return looksLikeTurtle(head) || head.length >= 2 && (head[0] == 'P' && head[1] == 'K' || (head[0] & 0xff) == 0xD0)
                || !looksLikeTurtle(head) && head.length > 0 && head[0] != '<' && head[0] != '{';
    }

    @Override
    public void read(Upload upload, Units<Entries> units) {
        units.accept(upload.name(), entries(upload.name(), upload.bytes(TableReader.MAX_FILE_BYTES)));
    }

    private static Entries entries(String name, byte[] bytes) {
        List<RawEntry> barriers = new ArrayList<>();
        List<RawEntry> measures = new ArrayList<>();
        if (looksLikeTurtle(bytes)) {
            fromTurtle(name, bytes, barriers, measures);
        } else {
            fromTable(TableReader.read(name, bytes), barriers, measures);
        }
        return new Entries(name, barriers, measures);
    }

    private static boolean looksLikeTurtle(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).stripLeading();
        return head.startsWith("@prefix") || head.regionMatches(true, 0, "PREFIX", 0, 6) || head.startsWith("@base")
                || head.startsWith("<http") || head.startsWith("#");
    }

    private static void fromTable(Spreadsheet table, List<RawEntry> barriers, List<RawEntry> measures) {
        boolean any = false;
        for (Spreadsheet.Sheet sheet : table.sheets()) {
            String key = sheet.name().strip().toLowerCase(Locale.ROOT);
            if (sheet.name().isEmpty() || BARRIER_SHEETS.contains(key)) {
                rows(table.source(), sheet, barriers);
                any = true;
            } else if (MEASURE_SHEETS.contains(key)) {
                rows(table.source(), sheet, measures);
                any = true;
            }
        }
        if (!any) {
            throw new ImportException(table.source(), "", "no sheet named Barriers (Esteet, Hinder) or Measures (Toimenpiteet, Åtgärder)");
        }
    }

    private static void rows(String source, Spreadsheet.Sheet sheet, List<RawEntry> out) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < sheet.header().size(); i++) {
            columns.putIfAbsent(sheet.header().get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_'), i);
        }
        if (!columns.containsKey("id")) {
            throw new ImportException(source, (sheet.label().isEmpty() ? "" : sheet.label() + ", ") + "row " + sheet.headerRow(),
                    "no 'id' column in the header row");
        }
        for (Spreadsheet.Row row : sheet.rows()) {
            Map<String, String> title = new LinkedHashMap<>();
            Map<String, String> description = new LinkedHashMap<>();
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, List<String>> lists = new LinkedHashMap<>();
            columns.forEach((column, index) -> {
                String value = row.cell(index);
                if (column.startsWith("title_")) {
                    title.put(column.substring(6), value);
                } else if (column.startsWith("description_")) {
                    description.put(column.substring(12), value);
                } else if (LIST_FIELDS.contains(column)) {
                    lists.put(column, List.of(value.split("\\s*[;\\n]\\s*")));
                } else if (!column.equals("id")) {
                    fields.put(column, value);
                }
            });
            String id = row.cell(columns.get("id"));
            out.add(new RawEntry(id, Spreadsheet.place(sheet, row.number(), -1) + (id.isEmpty() ? "" : " (" + id + ")"),
                    title, description, fields, lists));
        }
    }

    /** Reads lxm:Barrier and lxm:Measure resources into raw entries, so that Turtle passes the same checks. */
    private static void fromTurtle(String name, byte[] bytes, List<RawEntry> barriers, List<RawEntry> measures) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).base("urn:x-base:").parse(g);
        } catch (RiotException e) {
            throw new ImportException(name, "", "not valid Turtle: " + e.getMessage());
        }
        for (Node type : List.of(LXM.Barrier, LXM.Measure)) {
            for (Triple t : g.find(Node.ANY, RDF.type.asNode(), type).toList()) {
                Node s = t.getSubject();
                String id = value(g, s, DCTerms.identifier.asNode()).orElse(s.isURI() ? s.getURI().substring(s.getURI().lastIndexOf('/') + 1) : "");
                Map<String, String> fields = new LinkedHashMap<>();
                Map<String, List<String>> lists = new LinkedHashMap<>();
                code(g, s, LXM.theme).ifPresent(v -> fields.put("theme", v));
                code(g, s, LXM.barrierType).ifPresent(v -> fields.put("barrier_type", v));
                value(g, s, LXM.severity).ifPresent(v -> fields.put("severity", v));
                code(g, s, LXM.responsibleMinistry).ifPresent(v -> fields.put("ministry", v));
                code(g, s, LXM.proposedAction).ifPresent(v -> fields.put("action", v));
                code(g, s, LXM.status).ifPresent(v -> fields.put("status", v));
                code(g, s, LXM.owner).ifPresent(v -> fields.put("owner", v));
                value(g, s, LXM.targetDate).ifPresent(v -> fields.put("target_date", v));
                g.find(s, LXM.amendingAct, Node.ANY).nextOptional()
                        .flatMap(a -> value(g, a.getObject(), ELI.id_local)).ifPresent(v -> fields.put("amending_act", v));
                lists.put("provisions", iris(g, s, LXM.concernsProvision));
                lists.put("supported_by", iris(g, s, LXM.supportedBy));
                lists.put("life_events", g.find(s, LXM.affectsLifeEvent, Node.ANY).mapWith(x -> Vocabulary.code(x.getObject())).toList());
                lists.put("addresses", g.find(s, LXM.addresses, Node.ANY).mapWith(x -> {
                    Node b = x.getObject();
                    return value(g, b, DCTerms.identifier.asNode()).orElse(b.isURI() ? b.getURI().substring(b.getURI().lastIndexOf('/') + 1) : "");
                }).toList());
                RawEntry e = new RawEntry(id, "resource " + (s.isURI() ? "<" + s.getURI() + ">" : "_:" + id), langs(g, s, DCTerms.title.asNode()),
                        langs(g, s, DCTerms.description.asNode()), fields, lists);
                (type.equals(LXM.Barrier) ? barriers : measures).add(e);
            }
        }
        if (barriers.isEmpty() && measures.isEmpty()) {
            throw new ImportException(name, "", "no lxm:Barrier or lxm:Measure in the file");
        }
    }

    private static Optional<String> value(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(t -> t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString());
    }

    private static Optional<String> code(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(t -> t.getObject().isURI() ? Vocabulary.code(t.getObject()) : t.getObject().getLiteralLexicalForm());
    }

    private static List<String> iris(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject().isURI() ? t.getObject().getURI() : t.getObject().getLiteralLexicalForm()).toList();
    }

    private static Map<String, String> langs(Graph g, Node s, Node p) {
        Map<String, String> m = new LinkedHashMap<>();
        g.find(s, p, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                String lang = t.getObject().getLiteralLanguage();
                m.put(lang.isEmpty() ? "fi" : lang, t.getObject().getLiteralLexicalForm());
            }
        });
        return m;
    }

    /** Every reference must resolve and no id may come twice; every problem is listed before anything is written. */
    @Override
    public Checked validate(Entries entries, DatasetGraph dsg) {
        Problems problems = new Problems(entries.source());
        EntryChecker checker = new EntryChecker(dsg, store.graphs(), store.config().baseIri(), LocalDate.now(clock));
        Graph register = dsg.getGraph(store.graphs().register());
        Set<String> ids = new HashSet<>();
        List<Barrier> checkedBarriers = new ArrayList<>();
        for (RawEntry e : entries.barriers()) {
            if (!e.id().isEmpty() && !ids.add("barrier:" + e.id())) {
                problems.add(e.place(), "field id: barrier " + e.id() + " appears twice in the file");
                continue;
            }
            checker.barrier(e, problems).ifPresent(checkedBarriers::add);
        }
        Set<String> known = new HashSet<>();
        entries.barriers().forEach(b -> known.add(b.id()));
        register.find(Node.ANY, RDF.type.asNode(), LXM.Barrier).forEach(t ->
                register.find(t.getSubject(), DCTerms.identifier.asNode(), Node.ANY).forEach(i -> known.add(i.getObject().getLiteralLexicalForm())));
        List<Measure> checkedMeasures = new ArrayList<>();
        for (RawEntry e : entries.measures()) {
            if (!e.id().isEmpty() && !ids.add("measure:" + e.id())) {
                problems.add(e.place(), "field id: measure " + e.id() + " appears twice in the file");
                continue;
            }
            checker.measure(e, known, problems).ifPresent(checkedMeasures::add);
        }
        problems.throwIfAny(); // aborts the transaction: nothing is written
        return new Checked(entries.source(), checkedBarriers, checkedMeasures);
    }

    /** Replaces entries with the same id; the triples must pass {@code ontology/register-shapes.ttl}, or nothing is written. */
    @Override
    public Written write(Checked c, DatasetGraph dsg) {
        String source = c.source();
        RegisterRdf rdf = new RegisterRdf(store.config().baseIri());
        Graph register = dsg.getGraph(store.graphs().register());
        Set<String> items = new HashSet<>();
        Set<String> replaced = new HashSet<>();
        Instant now = clock.instant();
        StagedWrite out = new StagedWrite(register);
        for (Barrier b : c.barriers()) {
            boolean existed = RegisterRdf.remove(register, rdf.barrier(b.id()));
            items.add("barrier:" + b.id());
            if (existed) {
                replaced.add("barrier:" + b.id());
            }
            rdf.write(b, out.graph());
            rdf.recordChange(out.graph(), rdf.barrier(b.id()), Agents.record(dsg, store.graphs(), agent), existed ? "replaced by import of " + source : "imported from " + source, now);
        }
        for (Measure m : c.measures()) {
            boolean existed = RegisterRdf.remove(register, rdf.measure(m.id()));
            items.add("measure:" + m.id());
            if (existed) {
                replaced.add("measure:" + m.id());
            }
            rdf.write(m, out.graph(), out.view());
            rdf.recordChange(out.graph(), rdf.measure(m.id()), Agents.record(dsg, store.graphs(), agent), existed ? "replaced by import of " + source : "imported from " + source, now);
        }
        out.commit(new Problems(source)); // a violation of the shapes aborts the transaction: nothing is written
        return new Written(items, replaced, Map.of("barriers", c.barriers().size(), "measures", c.measures().size()));
    }
}
