package org.lexmaturity.store;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Our resources own everything under their IRI ({@code …/barrier/B-001/status/2}, {@code …/survey/x/question/k1}),
 * so replacing one means deleting the triples of the resource and of every IRI below it.
 */
public final class Subtrees {
    private Subtrees() {}

    /** Deletes the triples whose subject is {@code root} or an IRI under {@code root + "/"}; true if there were any. */
    public static boolean remove(Graph g, Node root) {
        String iri = root.getURI();
        List<Triple> doomed = g.find().filterKeep(t -> t.getSubject().isURI()
                && (t.getSubject().getURI().equals(iri) || t.getSubject().getURI().startsWith(iri + "/"))).toList();
        doomed.forEach(g::delete);
        return !doomed.isEmpty();
    }
}
