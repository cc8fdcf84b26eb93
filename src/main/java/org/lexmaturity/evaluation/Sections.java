package org.lexmaturity.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.ActRdf;
import org.lexmaturity.statutes.Ministries;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.vocab.LXM;

/**
 * The sections of one language version of an act, each with the path its IRI has in the store: the statute graph is
 * built as an import builds it, so a labelled section and a stored one are the same provision.
 */
public final class Sections {
    private static final Node SECTION = NodeFactory.createURI("http://publications.europa.eu/resource/authority/subdivision/ART");
    private static final ActRdf RDF = new ActRdf(StoreConfig.DEFAULT_BASE_IRI, Ministries.load());

    private Sections() {}

    public static List<SectionText> of(ActExpression e) {
        Graph g = RDF.toGraph(e);
        Node act = RDF.actIri(e);
        String act0 = e.number().year() + "/" + e.number().number();
        List<SectionText> out = new ArrayList<>();
        walk(g, act, act.getURI().length() + 1, act0, e.language(), out);
        return out;
    }

    private static void walk(Graph g, Node node, int prefix, String act, String lang, List<SectionText> out) {
        for (Node child : children(g, node)) {
            if (g.contains(child, ELI.type_subdivision, SECTION)) {
                StringBuilder text = new StringBuilder();
                texts(g, child, text);
                if (!text.isEmpty()) {
                    out.add(new SectionText(act, child.getURI().substring(prefix), lang, text.toString()));
                }
            } else {
                walk(g, child, prefix, act, lang, out);
            }
        }
    }

    private static void texts(Graph g, Node node, StringBuilder text) {
        g.find(node, LXM.text, Node.ANY).forEach(t -> text.append(text.isEmpty() ? "" : "\n").append(t.getObject().getLiteralLexicalForm()));
        for (Node child : children(g, node)) {
            texts(g, child, text);
        }
    }

    private static List<Node> children(Graph g, Node node) {
        return g.find(node, ELI.has_part, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparingInt(c -> ordinal(g, c))).toList();
    }

    private static int ordinal(Graph g, Node n) {
        return g.find(n, LXM.ordinal, Node.ANY).nextOptional().map(t -> Integer.parseInt(t.getObject().getLiteralLexicalForm())).orElse(0);
    }
}
