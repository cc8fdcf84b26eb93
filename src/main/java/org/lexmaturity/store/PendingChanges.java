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
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementGroup;
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

    /**
     * The whole transaction as one update request. Its operations are kept to {@link #OPERATION_QUADS} quads each:
     * the standard sets no limit, but stores do (Virtuoso's parser gives up near 5,000 quads in one operation, its
     * template compiler near 2,000), and one request of many operations is still applied as one. Quads with blank
     * nodes go in {@code INSERT { … } WHERE {}}: a template with one solution inserts what {@code INSERT DATA} would,
     * and not every store accepts blank nodes in {@code INSERT DATA}; quads that share a blank node stay in one
     * template, so it stays one node.
     */
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
        List<Quad> plainDeletes = new ArrayList<>();
        for (Quad q : deleted) {
            if (hasBlankNode(q)) {
                // DELETE DATA cannot name a blank node; match it by its other terms instead
                request.add(new UpdateDeleteWhere(patternAcc(q)));
            } else {
                plainDeletes.add(q);
            }
        }
        for (List<Quad> chunk : chunks(plainDeletes)) {
            request.add(new UpdateDataDelete(new QuadDataAcc(chunk)));
        }
        List<Quad> plainInserts = new ArrayList<>();
        List<Quad> blankInserts = new ArrayList<>();
        added.find().forEachRemaining(q -> (hasBlankNode(q) ? blankInserts : plainInserts).add(q));
        for (List<Quad> chunk : chunks(plainInserts)) {
            request.add(new UpdateDataInsert(new QuadDataAcc(chunk)));
        }
        for (List<Quad> template : BlankNodeGroups.packed(blankInserts, OPERATION_QUADS)) {
            UpdateModify insert = new UpdateModify();
            template.forEach(insert.getInsertAcc()::addQuad);
            insert.setElement(new ElementGroup());
            request.add(insert);
        }
        return request;
    }

    /** Quads per operation of an update request. */
    static final int OPERATION_QUADS = 1000;

    private static List<List<Quad>> chunks(List<Quad> quads) {
        List<List<Quad>> chunks = new ArrayList<>();
        for (int i = 0; i < quads.size(); i += OPERATION_QUADS) {
            chunks.add(quads.subList(i, Math.min(quads.size(), i + OPERATION_QUADS)));
        }
        return chunks;
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
