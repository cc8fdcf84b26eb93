package org.lexmaturity.statutes;

import java.util.Locale;
import org.apache.jena.graph.NodeFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
     * <p>The act's new state is worked out first — the version, plus what the act's other languages keep: their
     * expressions whole, and their texts, headings and labels on the nodes the version still has — and only the
     * difference is written. So the second language file of an act adds its own texts and expression and leaves
     * the structure the first file wrote alone, instead of deleting the act and writing it again (each quad
     * written costs six TDB2 indexes, and each text a Lucene document).
     *
     * @return true if the act was already in the store
     */
    public boolean write(DatasetGraph dsg, Node act, String language, Node targetGraph, Graph version) {
        Optional<Node> existingGraph = graphOf(dsg, act);
        if (existingGraph.isEmpty()) {
            version.find().forEach((Triple t) -> dsg.add(targetGraph, t.getSubject(), t.getPredicate(), t.getObject()));
            return false;
        }
        Node g = existingGraph.get();
        Set<Node> newNodes = new HashSet<>();
        Set<Quad> wanted = new LinkedHashSet<>();
        version.find().forEach(t -> {
            newNodes.add(t.getSubject());
            wanted.add(new Quad(targetGraph, t));
        });
        List<Quad> old = new ArrayList<>();
        for (Node node : treeOf(dsg, g, act)) {
            boolean otherExpression = isExpressionInOtherLanguage(dsg, g, node, language);
            dsg.find(g, node, Node.ANY, Node.ANY).forEachRemaining(q -> {
                old.add(q);
                if (otherExpression || (newNodes.contains(node) && isOtherLanguageText(q.getObject(), language))) {
                    wanted.add(new Quad(targetGraph, q.asTriple()));
                }
            });
            if (otherExpression) {
                wanted.add(new Quad(targetGraph, act, ELI.is_realized_by, node));
            }
        }
        // a quad both old and wanted stays as it is: no delete, no add, no Lucene document dropped and made again
        for (Quad q : old) {
            if (!wanted.remove(q)) {
                dsg.delete(q);
            }
        }
        wanted.forEach(dsg::add);
        return true;
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
        String iso3 = ActRdf.iso3(language).toUpperCase(Locale.ROOT);
        return !dsg.contains(g, node, ELI.language, NodeFactory.createURI(
                "http://publications.europa.eu/resource/authority/language/" + iso3));
    }

    private static boolean isOtherLanguageText(Node o, String language) {
        return o.isLiteral() && !o.getLiteralLanguage().isEmpty() && !o.getLiteralLanguage().equalsIgnoreCase(language);
    }
}
