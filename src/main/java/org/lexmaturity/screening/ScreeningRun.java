package org.lexmaturity.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.ProvisionLookup;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.PROV;

/**
 * Runs every indicator over every provision text (or one act's) and stores each match as an
 * {@code lxm:Finding} in the screening graph: provision, its act, indicator, language, matched span, rule version.
 * Re-running replaces the findings of the same rule version in the same scope, in one transaction; findings
 * of other rule versions stay, so that two versions can be compared. Findings written before screening recorded
 * the act ({@code lxm:concernsAct}) get it added by the next run, whatever their rule version.
 */
public final class ScreeningRun {
    /** {@code acts}: the acts screened, whose maturity scores are now due for recomputing. */
    public record Result(int texts, int findings, int replaced, String ruleVersion, Duration took, List<Node> acts) {}

    private record Text(Node provision, Node act, String text, String language) {}

    private final Store store;
    private final IndicatorRules rules;
    private final Screener screener;
    private final Clock clock;

    public ScreeningRun(Store store, IndicatorRules rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.screener = new Screener(rules);
        this.clock = clock;
    }

    public Result run(Optional<ActNumber> act) {
        Instant start = clock.instant();
        List<Text> texts = store.read(dsg -> {
            List<Text> out = new ArrayList<>();
            if (act.isPresent()) {
                Node a = ProvisionLookup.act(dsg, act.get())
                        .orElseThrow(() -> new ImportException(act.get().local(), "", "act " + act.get().local() + " is not in the store"));
                for (Sparql.Row r : Sparql.select(dsg, "list-act-provision-texts", Map.of("act", a))) {
                    out.add(text(r.get("provision").orElseThrow(), a, r.get("text").orElseThrow()));
                }
            } else {
                for (Sparql.Row r : Sparql.select(dsg, "list-provision-texts")) {
                    out.add(text(r.get("provision").orElseThrow(), r.get("act").orElseThrow(), r.get("text").orElseThrow()));
                }
            }
            return out;
        });
        // screening is pure computation: done outside the write transaction, which then only writes
        List<Finding> findings = texts.parallelStream().flatMap(t -> screener.screen(t.text(), t.language()).stream()
                .map(m -> new Finding(t.provision(), t.act(), m))).toList();
        Set<Node> scope = new HashSet<>();
        texts.forEach(t -> scope.add(t.provision()));
        String version = rules.version();
        return store.write(dsg -> {
            Graph g = dsg.getGraph(store.graphs().screening());
            int replaced = remove(g, version, act.isPresent() ? scope : null);
            Node run = NodeFactory.createURI(store.config().baseIri() + "id/screening/" + UUID.randomUUID());
            g.add(run, RDF.type.asNode(), PROV.Activity);
            g.add(run, LXM.ruleVersion, NodeFactory.createLiteralString(version));
            g.add(run, PROV.endedAtTime, NodeFactory.createLiteralDT(clock.instant().toString(), XSDDatatype.XSDdateTime));
            act.ifPresent(a -> g.add(run, DCTerms.subject.asNode(), NodeFactory.createLiteralString(a.local())));
            for (Finding f : findings) {
                write(g, f, version, run);
            }
            addMissingActs(dsg, g);
            List<Node> acts = texts.stream().map(Text::act).distinct().toList();
            return new Result(texts.size(), findings.size(), replaced, version, Duration.between(start, clock.instant()), acts);
        });
    }

    private static Text text(Node provision, Node act, Node literal) {
        String lang = literal.getLiteralLanguage().isEmpty() ? "fi" : literal.getLiteralLanguage();
        return new Text(provision, act, literal.getLiteralLexicalForm(), lang);
    }

    private record Finding(Node provision, Node act, Match match) {}

    /**
     * Adds {@code lxm:concernsAct} to the findings that lack it: those of older rule versions written before
     * screening recorded the act. A finding whose provision is no longer in the store gets none, as before.
     */
    private void addMissingActs(DatasetGraph dsg, Graph g) {
        for (Sparql.Row r : Sparql.select(dsg, "list-findings-without-act", Map.of("screening", store.graphs().screening()))) {
            g.add(r.get("finding").orElseThrow(), LXM.concernsAct, r.get("act").orElseThrow());
        }
    }

    /** Deletes the findings of {@code version}, all of them or those about the given provisions. */
    private static int remove(Graph g, String version, Set<Node> provisions) {
        List<Node> doomed = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, LXM.ruleVersion, NodeFactory.createLiteralString(version)).toList()) {
            Node f = t.getSubject();
            if (!g.contains(f, RDF.type.asNode(), LXM.Finding)) {
                continue;
            }
            if (provisions == null || g.find(f, LXM.concernsProvision, Node.ANY).toList().stream().anyMatch(x -> provisions.contains(x.getObject()))) {
                doomed.add(f);
            }
        }
        for (Node f : doomed) {
            g.find(f, Node.ANY, Node.ANY).toList().forEach(g::delete);
        }
        return doomed.size();
    }

    private void write(Graph g, Finding f, String version, Node run) {
        Match m = f.match();
        Node n = NodeFactory.createURI(store.config().baseIri() + "id/finding/"
                + hash(version + "|" + f.provision().getURI() + "|" + m.indicator().code() + "|" + m.language() + "|" + m.start()));
        g.add(n, RDF.type.asNode(), LXM.Finding);
        g.add(n, LXM.concernsProvision, f.provision());
        g.add(n, LXM.concernsAct, f.act());
        g.add(n, LXM.indicator, m.indicator().iri());
        g.add(n, LXM.dimension, m.indicator().dimension());
        m.indicator().barrierType().ifPresent(b -> g.add(n, LXM.barrierType, b));
        g.add(n, DCTerms.language.asNode(), NodeFactory.createLiteralString(m.language()));
        g.add(n, LXM.matchedText, NodeFactory.createLiteralLang(m.text(), m.language()));
        g.add(n, LXM.matchStart, integer(m.start()));
        g.add(n, LXM.matchEnd, integer(m.end()));
        g.add(n, LXM.ruleVersion, NodeFactory.createLiteralString(version));
        g.add(n, PROV.wasGeneratedBy, run);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDinteger);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
