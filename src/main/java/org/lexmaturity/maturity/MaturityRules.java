package org.lexmaturity.maturity;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.vocab.LXM;

/** The numbers of the scoring rules, read from {@code ontology/maturity.ttl} (explained there and in the README). */
public record MaturityRules(String version, double base, double findingPenaltyCap, double enablerBonus, double enablerBonusCap,
                            double severityFactor, double registerPenaltyCap, double surveyPenalty, double surveyPenaltyCap,
                            Map<String, Integer> expertLevels) {
    static final String FILE = "ontology/maturity.ttl";
    static final Node RULES = NodeFactory.createURI("https://w3id.org/lexmaturity/ns/maturity-rules");

    public static MaturityRules shipped() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = MaturityRules.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the class path");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE, e);
        }
        return load(g, FILE);
    }

    public static MaturityRules load(Graph g, String source) {
        Map<String, Integer> expert = new HashMap<>();
        g.find(RULES, LXM.term("expertLevel"), Node.ANY).forEach(t -> {
            String verdict = literal(g, t.getObject(), "verdict", source);
            expert.put(verdict, Integer.parseInt(literal(g, t.getObject(), "level", source)));
        });
        return new MaturityRules(g.find(RULES, OWL.versionInfo.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElseThrow(() -> new ImportException(source, "", "the rules have no owl:versionInfo")),
                number(g, "baseScore", source), number(g, "findingPenaltyCap", source), number(g, "enablerBonus", source),
                number(g, "enablerBonusCap", source), number(g, "severityFactor", source), number(g, "registerPenaltyCap", source),
                number(g, "surveyPenalty", source), number(g, "surveyPenaltyCap", source), Map.copyOf(expert));
    }

    private static double number(Graph g, String property, String source) {
        return new BigDecimal(literal(g, RULES, property, source)).doubleValue();
    }

    private static String literal(Graph g, Node s, String property, String source) {
        return g.find(s, LXM.term(property), Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm())
                .orElseThrow(() -> new ImportException(source, "", "the maturity rules lack lxm:" + property));
    }

    /** The level of a score: rounded to the nearest whole number, within 0–4. */
    public static int level(double score) {
        return (int) Math.max(0, Math.min(4, Math.floor(score + 0.5)));
    }
}
