package org.lexmaturity.statutes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.store.Graphs;
import org.lexmaturity.vocab.ELI;

/**
 * Writes one language version of an act into the dataset, inside the caller's write transaction.
 *
 * <p>Re-importing a version replaces it: the act's old structure goes, the texts of its other languages stay on
 * the provisions that still exist. So importing the Finnish and the Swedish file of an act, in either order and
 * as often as one likes, gives one act with both languages and no duplicates.
 */
public final class StatuteWriter {
    private final Graphs graphs;

    public StatuteWriter(Graphs graphs) {
        this.graphs = graphs;
    }

    /** Where an act of this kind lives: Finlex acts, demo acts and the rest each have a graph. */
    public Node graphFor(ActExpression e, Node act) {
        if (e.demonstration()) {
            return graphs.statutesDemo();
        }
        if (act.getURI().startsWith("http://data.finlex.fi/")) {
            return graphs.statutesFinlex();
        }
        return graphs.statutesOther();
    }

    /**
     * Merges {@code version} (the RDF of one language version of {@code act}) into the store.
     *
     * @return true if the act was already in the store
     */
    public boolean write(DatasetGraph dsg, Node act, String language, Node targetGraph, Graph version) {
        Optional<Node> existingGraph = graphOf(dsg, act);
        List<Quad> kept = new ArrayList<>();
        if (existingGraph.isPresent()) {
            Node g = existingGraph.get();
            Set<Node> oldNodes = treeOf(dsg, g, act);
            Set<Node> newNodes = new HashSet<>();
            version.find().forEach(t -> newNodes.add(t.getSubject()));
            for (Node node : oldNodes) {
                boolean otherExpression = isExpressionInOtherLanguage(dsg, g, node, language);
                dsg.find(g, node, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (otherExpression || (newNodes.contains(node) && isOtherLanguageText(q.getObject(), language))) {
                        kept.add(new Quad(targetGraph, q.asTriple()));
                    }
                });
                if (otherExpression) {
                    kept.add(new Quad(targetGraph, act, ELI.is_realized_by, node));
                }
            }
            for (Node node : oldNodes) {
                dsg.deleteAny(g, node, Node.ANY, Node.ANY);
            }
        }
        version.find().forEach((Triple t) -> dsg.add(targetGraph, t.getSubject(), t.getPredicate(), t.getObject()));
        kept.forEach(dsg::add);
        return existingGraph.isPresent();
    }

    /** The statute graph holding {@code act}, if any. */
    public Optional<Node> graphOf(DatasetGraph dsg, Node act) {
        for (Node g : graphs.statuteGraphs()) {
            if (dsg.contains(g, act, RDF.type.asNode(), ELI.LegalResource)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The act, its expressions and all its subdivisions. */
    private static Set<Node> treeOf(DatasetGraph dsg, Node g, Node act) {
        Set<Node> nodes = new HashSet<>();
        nodes.add(act);
        dsg.find(g, act, ELI.is_realized_by, Node.ANY).forEachRemaining(q -> nodes.add(q.getObject()));
        List<Node> todo = new ArrayList<>(List.of(act));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            dsg.find(g, n, ELI.has_part, Node.ANY).forEachRemaining(q -> {
                if (nodes.add(q.getObject())) {
                    todo.add(q.getObject());
                }
            });
        }
        return nodes;
    }

    private static boolean isExpressionInOtherLanguage(DatasetGraph dsg, Node g, Node node, String language) {
        if (!dsg.contains(g, node, RDF.type.asNode(), ELI.LegalExpression)) {
            return false;
        }
        String iso3 = ActRdf.iso3(language).toUpperCase(java.util.Locale.ROOT);
        return !dsg.contains(g, node, ELI.language, org.apache.jena.graph.NodeFactory.createURI(
                "http://publications.europa.eu/resource/authority/language/" + iso3));
    }

    private static boolean isOtherLanguageText(Node o, String language) {
        return o.isLiteral() && !o.getLiteralLanguage().isEmpty() && !o.getLiteralLanguage().equalsIgnoreCase(language);
    }
}
