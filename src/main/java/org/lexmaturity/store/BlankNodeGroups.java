package org.lexmaturity.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Quads with blank nodes, grouped so that quads which share a blank node (directly or through others, as the cells
 * of an RDF list do) land in the same group, and the groups packed into batches of a bounded size. A batch sent as
 * one update template keeps each blank node one node; splitting a group would make two of it.
 */
final class BlankNodeGroups {
    private BlankNodeGroups() {}

    /** Batches of at most {@code max} quads, except where one group alone is larger: it stays whole. */
    static List<List<Quad>> packed(List<Quad> quads, int max) {
        Map<Node, Node> parent = new HashMap<>();
        for (Quad q : quads) {
            Node first = null;
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getObject()}) {
                if (n.isBlank()) {
                    parent.putIfAbsent(n, n);
                    if (first == null) {
                        first = n;
                    } else {
                        union(parent, first, n);
                    }
                }
            }
        }
        Map<Node, List<Quad>> groups = new LinkedHashMap<>();
        for (Quad q : quads) {
            Node blank = q.getSubject().isBlank() ? q.getSubject() : q.getObject().isBlank() ? q.getObject() : q.getGraph();
            groups.computeIfAbsent(root(parent, blank), k -> new ArrayList<>()).add(q);
        }
        List<List<Quad>> batches = new ArrayList<>();
        List<Quad> batch = new ArrayList<>();
        for (List<Quad> group : groups.values()) {
            if (!batch.isEmpty() && batch.size() + group.size() > max) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
            batch.addAll(group);
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private static Node root(Map<Node, Node> parent, Node n) {
        Node r = n;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        // path compression: the next lookups of this chain are one step
        Node c = n;
        while (!c.equals(r)) {
            Node next = parent.get(c);
            parent.put(c, r);
            c = next;
        }
        return r;
    }

    private static void union(Map<Node, Node> parent, Node a, Node b) {
        Node ra = root(parent, a);
        Node rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
