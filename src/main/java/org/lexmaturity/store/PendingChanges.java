package org.lexmaturity.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.update.UpdateRequest;

/**
 * The changes of one write transaction on a remote store, kept here until commit and then sent as ONE SPARQL
 * Update request (which a SPARQL store applies atomically): deletions first, then additions, which is the order
 * the transaction's own reads see them in.
 */
final class PendingChanges {
    /** Quads added in this transaction (and not deleted again). */
    private final DatasetGraph added = DatasetGraphFactory.create();
    /** Quads of the remote store deleted in this transaction. */
    private final Set<Quad> deleted = new LinkedHashSet<>();
    /** Patterns (with {@link Node#ANY}) whose matches in the remote store are deleted in this transaction. */
    private final List<Quad> deletedPatterns = new ArrayList<>();

    boolean isEmpty() {
        return added.isEmpty() && deleted.isEmpty() && deletedPatterns.isEmpty();
    }

    void add(Quad q) {
        added.add(q);
    }

    void delete(Quad q) {
        added.delete(q);
        deleted.add(q);
    }

    void deleteAny(Node g, Node s, Node p, Node o) {
        added.deleteAny(g, s, p, o);
        if (g.isConcrete() && s.isConcrete() && p.isConcrete() && o.isConcrete()) {
            deleted.add(Quad.create(g, s, p, o));
        } else {
            deletedPatterns.add(Quad.create(g, s, p, o));
        }
    }

    /** True when a quad read from the remote store has been deleted in this transaction. */
    boolean hides(Quad q) {
        if (deleted.contains(q)) {
            return true;
        }
        for (Quad pattern : deletedPatterns) {
            if (matches(pattern.getGraph(), q.getGraph()) && matches(pattern.getSubject(), q.getSubject())
                    && matches(pattern.getPredicate(), q.getPredicate()) && matches(pattern.getObject(), q.getObject())) {
                return true;
            }
        }
        return false;
    }

    /** True when a read of graph {@code g} (any graph for {@link Node#ANY}) might see a change of this transaction. */
    boolean touches(Node g) {
        if (isEmpty()) {
            return false;
        }
        if (!g.isConcrete()) {
            return true;
        }
        return added.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()
                || deleted.stream().anyMatch(q -> q.getGraph().equals(g))
                || deletedPatterns.stream().anyMatch(q -> matches(q.getGraph(), g));
    }

    Iterator<Quad> addedMatching(Node g, Node s, Node p, Node o) {
        return added.find(g, s, p, o);
    }

    private static boolean matches(Node pattern, Node value) {
        return pattern == Node.ANY || pattern.equals(value);
    }

    /** The whole transaction as one update request. */
    UpdateRequest toUpdate() {
        UpdateRequest request = new UpdateRequest();
        for (Quad pattern : deletedPatterns) {
            boolean wholeGraph = pattern.getGraph().isConcrete() && pattern.getSubject() == Node.ANY
                    && pattern.getPredicate() == Node.ANY && pattern.getObject() == Node.ANY;
            if (wholeGraph) {
                request.add(new UpdateClear(target(pattern.getGraph()), true));
            } else {
                request.add(new UpdateDeleteWhere(patternAcc(pattern)));
            }
        }
        QuadDataAcc plainDeletes = new QuadDataAcc();
        for (Quad q : deleted) {
            if (hasBlankNode(q)) {
                // DELETE DATA cannot name a blank node; match it by its other terms instead
                request.add(new UpdateDeleteWhere(patternAcc(q)));
            } else {
                plainDeletes.addQuad(q);
            }
        }
        if (!plainDeletes.getQuads().isEmpty()) {
            request.add(new UpdateDataDelete(plainDeletes));
        }
        QuadDataAcc inserts = new QuadDataAcc();
        added.find().forEachRemaining(inserts::addQuad);
        if (!inserts.getQuads().isEmpty()) {
            request.add(new UpdateDataInsert(inserts));
        }
        return request;
    }

    private static Target target(Node graph) {
        return Quad.isDefaultGraph(graph) ? Target.DEFAULT : Target.create(graph);
    }

    private static boolean hasBlankNode(Quad q) {
        return q.getSubject().isBlank() || q.getObject().isBlank() || q.getGraph().isBlank();
    }

    /** A quad pattern with every {@link Node#ANY} and blank node turned into a variable of its own. */
    private static QuadAcc patternAcc(Quad q) {
        QuadAcc acc = new QuadAcc();
        Node g = q.getGraph();
        Quad pattern = Quad.create(Quad.isDefaultGraph(g) ? Quad.defaultGraphNodeGenerated : var(g, "g"), var(q.getSubject(), "s"),
                var(q.getPredicate(), "p"), var(q.getObject(), "o"));
        acc.addQuad(pattern);
        return acc;
    }

    private static Node var(Node n, String name) {
        return n == Node.ANY || n.isBlank() ? Var.alloc(name) : n;
    }
}
