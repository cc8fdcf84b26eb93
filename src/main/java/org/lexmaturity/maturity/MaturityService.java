package org.lexmaturity.maturity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.ActVersions;
import org.lexmaturity.statutes.ProvisionLookup;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.Subtrees;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.PROV;
import org.lexmaturity.vocab.Vocabulary;

/** What the API and the reports ask of the maturity model: an act's scores and its findings, each in one read. */
public final class MaturityService {
    /**
     * One stored finding of an act; {@code mitigated}: a barrier with an alternative in the same sentence;
     * {@code inheritedFrom}: the section whose requirement a cross-reference takes (the text is the reference).
     */
    public record FindingView(Node finding, Node provision, String indicator, String language, String text, int start, int end,
                              boolean mitigated, Optional<Node> inheritedFrom) {}

    private final Store store;
    private final MaturityScorer scorer;
    private final IndicatorRules indicators;

    public MaturityService(Store store, MaturityRules rules, IndicatorRules indicators) {
        this.store = store;
        this.indicators = indicators;
        this.scorer = new MaturityScorer(rules, indicators);
    }

    public Optional<ActMaturity> maturity(ActNumber number) {
        return store.read(dsg -> ProvisionLookup.act(dsg, number).map(act -> scorer.score(dsg, store.graphs(), act)));
    }

    /** The findings of the latest rule version in the act's current texts. */
    public Optional<List<FindingView>> findings(ActNumber number) {
        return findings(number, Optional.empty());
    }

    /**
     * The findings of the latest rule version in the texts of one temporal version of the act ({@code alkup},
     * {@code ajantasa/YYYYMMDD}), or in its current texts; a finding's provision is the provision whatever version.
     */
    public Optional<List<FindingView>> findings(ActNumber number, Optional<String> versionPath) {
        return store.read(dsg -> ProvisionLookup.act(dsg, number).map(act -> {
            List<FindingView> out = new ArrayList<>();
            Node rules = NodeFactory.createLiteralString(indicators.version());
            List<Sparql.Row> rows = versionPath.isEmpty() ? Sparql.select(dsg, "act-findings", Map.of("act", act, "version", rules))
                    : Sparql.select(dsg, "act-version-findings", Map.of("act", act, "version", rules,
                            "textVersion", ActVersions.versionNode(act, versionPath.get())));
            for (Sparql.Row r : rows) {
                String iri = r.string("indicator");
                out.add(new FindingView(r.get("finding").orElseThrow(), r.get("provision").orElseThrow(), iri.substring(iri.lastIndexOf('/') + 1),
                        r.string("lang"), r.string("text"), (int) r.number("start"), (int) r.number("end"), r.get("mitigatedBy").isPresent(),
                        r.get("inheritedFrom")));
            }
            return out;
        }));
    }

    /** How many survey responses (one per organisation) cite the act or one of its provisions: a count, nothing more. */
    public long citingOrganisations(Node act) {
        return store.read(dsg -> Sparql.select(dsg, "act-survey-evidence", Map.of("act", act, "private", store.graphs().surveysPrivate()))
                .stream().findFirst().map(r -> r.number("organisations")).orElse(0L));
    }

    public Optional<Node> act(ActNumber number) {
        return store.read(dsg -> ProvisionLookup.act(dsg, number));
    }

    /**
     * Computes and stores the automatic assessment of each act in the screening graph (replacing the earlier
     * one), so that analyses can aggregate levels with SPARQL. The API computes scores live; these stored ones
     * are as of the last screening.
     */
    public int storeAutomatic(List<Node> acts, Instant now) {
        return store.write(dsg -> {
            Graph g = dsg.getGraph(store.graphs().screening());
            for (Node act : acts) {
                ActMaturity m = scorer.score(dsg, store.graphs(), act);
                Node a = NodeFactory.createURI(store.config().baseIri() + "id/maturity/" + act.getURI().replaceAll("^.*?/(\\d{4}/[^/]+)$", "$1"));
                Subtrees.remove(g, a);
                g.add(a, RDF.type.asNode(), LXM.term("MaturityAssessment"));
                g.add(a, LXM.term("method"), NodeFactory.createLiteralString("automatic"));
                g.add(a, LXM.concernsProvision, act);
                g.add(a, LXM.ruleVersion, NodeFactory.createLiteralString(m.rulesVersion()));
                g.add(a, PROV.generatedAtTime,
                        NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime));
                m.overall().ifPresent(o -> g.add(a, LXM.term("level"), integer(o)));
                for (ActMaturity.Dimension d : m.dimensions()) {
                    Node s = NodeFactory.createURI(a.getURI() + "/" + Vocabulary.code(d.dimension()));
                    g.add(a, LXM.term("dimensionScore"), s);
                    g.add(s, RDF.type.asNode(), LXM.term("DimensionScore"));
                    g.add(s, LXM.dimension, d.dimension());
                    g.add(s, LXM.term("score"),
                            NodeFactory.createLiteralDT(BigDecimal.valueOf(d.score()).toPlainString(), XSDDatatype.XSDdecimal));
                    g.add(s, LXM.term("level"), integer(d.automaticLevel()));
                }
            }
            return acts.size();
        });
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDinteger);
    }
}
