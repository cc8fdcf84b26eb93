package org.lexmaturity.maturity;

import org.lexmaturity.store.Agents;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.statutes.ProvisionLookup;
import org.lexmaturity.statutes.ProvisionRef;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.PROV;
import org.lexmaturity.vocab.Vocabulary;

/**
 * An analyst's checklist assessment of an act: per dimension met / partly / not met / not applicable, with a
 * comment and the provisions concerned. Each is a new {@code lxm:MaturityAssessment} (method "expert", PROV:
 * who and when) beside the automatic scores, which never overwrite it; the newest one counts.
 */
public final class ExpertAssessments {
    public static final Set<String> VERDICTS = Set.of("met", "partly", "not-met", "not-applicable");

    /** One criterion as given: the dimension code, the verdict, a comment and provision references. */
    public record Criterion(String dimension, String verdict, String comment, List<String> provisions) {}

    public record Verdict(String verdict, Optional<String> comment, List<Node> provisions) {}

    public record Latest(Node assessment, Instant at, String by, Map<Node, Verdict> verdicts) {}

    private final Store store;
    private final Clock clock;

    public ExpertAssessments(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Checks and stores an assessment in one transaction; every problem is reported and nothing is written. */
    public Node record(Node act, List<Criterion> criteria, String agent) {
        return store.write(dsg -> {
            Problems problems = new Problems("assessment");
            Vocabulary v = Vocabulary.shipped();
            Map<Node, Verdict> verdicts = new LinkedHashMap<>();
            int i = 0;
            for (Criterion c : criteria) {
                i++;
                String at = "criteria[" + i + "]";
                Optional<Node> dim = v.find("dimension", c.dimension());
                if (dim.isEmpty()) {
                    problems.add(at, "field dimension: unknown dimension '" + c.dimension() + "'; one of " + v.codes("dimension"));
                    continue;
                }
                if (!VERDICTS.contains(c.verdict())) {
                    problems.add(at, "field verdict: '" + c.verdict() + "' is not one of met, partly, not-met, not-applicable");
                    continue;
                }
                if (verdicts.containsKey(dim.get())) {
                    problems.add(at, "field dimension: " + c.dimension() + " is assessed twice");
                }
                List<Node> provisions = new ArrayList<>();
                for (String p : c.provisions()) {
                    Optional<ProvisionRef> ref = ProvisionRef.parse(p);
                    if (ref.isEmpty()) {
                        problems.add(at, "field provisions: '" + p + "' is not a provision like '9001/2016 3 §'");
                        continue;
                    }
                    ProvisionLookup.Outcome o = ProvisionLookup.find(dsg, ref.get());
                    if (o.problem().isPresent()) {
                        problems.add(at, "field provisions: '" + p + "': " + o.problem().get());
                    } else if (!o.act().orElseThrow().equals(act)) {
                        problems.add(at, "field provisions: '" + p + "' is not a provision of this act");
                    } else {
                        provisions.add(o.resource().orElseThrow());
                    }
                }
                verdicts.put(dim.get(), new Verdict(c.verdict(), Optional.ofNullable(c.comment()).filter(s -> !s.isBlank()), provisions));
            }
            if (criteria.isEmpty()) {
                problems.add("criteria", "an assessment needs at least one criterion");
            }
            problems.throwIfAny();
            Graph g = dsg.getGraph(store.graphs().register());
            Node a = NodeFactory.createURI(store.config().baseIri() + "id/assessment/" + UUID.randomUUID());
            Node who = Agents.record(dsg, store.graphs(), agent);
            g.add(a, RDF.type.asNode(), LXM.term("MaturityAssessment"));
            g.add(a, LXM.concernsProvision, act);
            g.add(a, LXM.term("method"), NodeFactory.createLiteralString("expert"));
            g.add(a, PROV.generatedAtTime, NodeFactory.createLiteralDT(clock.instant().toString(), XSDDatatype.XSDdateTime));
            g.add(a, PROV.wasAttributedTo, who);
            g.add(who, RDF.type.asNode(), PROV.Agent);
            int n = 0;
            for (var e : verdicts.entrySet()) {
                Node s = NodeFactory.createURI(a.getURI() + "/" + (++n));
                g.add(a, LXM.term("dimensionScore"), s);
                g.add(s, RDF.type.asNode(), LXM.term("DimensionScore"));
                g.add(s, LXM.dimension, e.getKey());
                g.add(s, LXM.term("verdict"), NodeFactory.createLiteralString(e.getValue().verdict()));
                e.getValue().comment().ifPresent(c -> g.add(s, RDFS.comment.asNode(), NodeFactory.createLiteralString(c)));
                e.getValue().provisions().forEach(p -> g.add(s, LXM.term("evidence"), p));
            }
            return a;
        });
    }

    /** The newest expert assessment of an act. Call inside a transaction. */
    static Optional<Latest> latest(DatasetGraph dsg, Node act) {
        List<Sparql.Row> rows = Sparql.select(dsg, "act-assessments", Map.of("act", act));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Node newest = rows.get(0).get("assessment").orElseThrow();
        Map<Node, Verdict> verdicts = new LinkedHashMap<>();
        for (Sparql.Row r : rows) {
            if (!r.get("assessment").orElseThrow().equals(newest)) {
                continue;
            }
            Node d = r.get("dimension").orElseThrow();
            Verdict old = verdicts.get(d);
            List<Node> provisions = new ArrayList<>(old == null ? List.of() : old.provisions());
            r.get("provision").ifPresent(provisions::add);
            verdicts.put(d, new Verdict(r.string("verdict"), r.get("comment").map(Node::getLiteralLexicalForm), provisions));
        }
        Sparql.Row first = rows.get(0);
        return Optional.of(new Latest(newest, Instant.parse(first.string("at")), first.string("by"), verdicts));
    }
}
