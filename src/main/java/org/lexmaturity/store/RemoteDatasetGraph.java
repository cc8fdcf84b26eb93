package org.lexmaturity.store;

import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraphQuads;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.update.UpdateRequest;

/**
 * The dataset of a remote SPARQL 1.1 store, seen through Jena's dataset interface so that every part of the tool
 * works on it unchanged.
 *
 * <p>Reads go to the store: whole graphs through the Graph Store Protocol, other patterns as SELECT queries, and
 * whole queries through {@link RemoteQueryEngine}. A write transaction keeps its changes here (its own reads see
 * them) and sends them at commit as one SPARQL Update request, which the store applies atomically; an abort sends
 * nothing. Writers of this process take turns, as with TDB2. What a remote store cannot give: one snapshot across
 * the several requests of a read, and isolation from writers in other processes.
 */
public final class RemoteDatasetGraph extends DatasetGraphQuads {
    /**
     * The transaction of one thread. It keeps copies of the graphs it reads that are small enough (fetched whole,
     * once): the tool reads a register entry or a survey with many small lookups, and ARQ evaluates a query over a
     * write's unsent changes pattern by pattern; each lookup would otherwise be a request of its own. A copy is also
     * one consistent state of its graph for the rest of the transaction.
     */
    private record Txn(TxnType type, ReadWrite mode, PendingChanges changes, Map<Node, Optional<Graph>> copies) {
        Txn(TxnType type, ReadWrite mode) {
            this(type, mode, mode == ReadWrite.WRITE ? new PendingChanges() : null, new HashMap<>());
        }
    }

    /** Graphs up to this many triples are copied whole into a transaction; larger ones are read pattern by pattern. */
    static final long COPY_LIMIT = 200_000;

    private final RemoteEndpoint endpoint;
    private final StoreHttpClient client;
    private final ReentrantLock writer = new ReentrantLock();
    private final ThreadLocal<Txn> txn = new ThreadLocal<>();
    private final RemoteReads reads;

    public RemoteDatasetGraph(RemoteEndpoint endpoint) {
        this.endpoint = endpoint;
        this.client = endpoint.httpClient();
        this.reads = new RemoteReads(endpoint, this::link);
    }

    public RemoteEndpoint endpoint() {
        return endpoint;
    }

    RemoteReads reads() {
        return reads;
    }

    RDFLink link() {
        return endpoint.link(client);
    }

    /**
     * A whole query for the store. With a time limit the store is asked to keep to it (Fuseki's {@code timeout}
     * parameter, in seconds; other stores ignore it) and the request gives up after it.
     */
    QueryExec queryExec(Query query, long timeoutMillis) {
        QueryExecHTTPBuilder b = QueryExecHTTP.newBuilder()
                .endpoint(endpoint.query().toString()).httpClient(client).query(query);
        if (timeoutMillis > 0) {
            // Fuseki reads whole seconds, Virtuoso milliseconds; the request itself gives up at the exact limit
            b.param("timeout", client.isVirtuoso() ? String.valueOf(timeoutMillis) : String.valueOf(Math.max(1, (timeoutMillis + 999) / 1000)));
            b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return b.build();
    }

    /** True when this thread's transaction has nothing unsent, so a query can go to the store as it is. */
    boolean seesOnlyTheStore() {
        Txn t = txn.get();
        return t == null || t.changes() == null || t.changes().isEmpty();
    }

    // ---- reads

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        g = g == null ? Node.ANY : g;
        if (g == Node.ANY) {
            List<Quad> all = new ArrayList<>();
            find(Quad.defaultGraphIRI, s, p, o).forEachRemaining(all::add);
            findNG(Node.ANY, s, p, o).forEachRemaining(all::add);
            return all.iterator();
        }
        if (Quad.isUnionGraph(g)) {
            return union(s, p, o);
        }
        return withChanges(g, s, p, o, Quad.isDefaultGraph(g) ? reads.selectDefault(s, p, o) : selectNamed(g, s, p, o));
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        g = g == null ? Node.ANY : g;
        if (Quad.isUnionGraph(g)) {
            return union(s, p, o);
        }
        if (Quad.isDefaultGraph(g)) {
            return List.<Quad>of().iterator();
        }
        return withChanges(g, s, p, o, selectNamed(g, s, p, o));
    }

    private Iterator<Quad> union(Node s, Node p, Node o) {
        Set<Triple> seen = new LinkedHashSet<>();
        findNG(Node.ANY, s, p, o).forEachRemaining(q -> seen.add(q.asTriple()));
        return seen.stream().map(t -> Quad.create(Quad.unionGraph, t)).iterator();
    }

    /** The store's answer less what this transaction deleted, plus what it added. */
    private Iterator<Quad> withChanges(Node g, Node s, Node p, Node o, List<Quad> fromStore) {
        Txn t = txn.get();
        if (t == null || t.changes() == null || t.changes().isEmpty()) {
            return fromStore.iterator();
        }
        PendingChanges changes = t.changes();
        Set<Quad> out = new LinkedHashSet<>();
        for (Quad q : fromStore) {
            if (!changes.hides(q)) {
                out.add(q);
            }
        }
        Iterator<Quad> added = changes.addedMatching(g, s, p, o);
        while (added.hasNext()) {
            Quad q = added.next();
            if (!Quad.isDefaultGraph(g) && Quad.isDefaultGraph(q.getGraph())) {
                continue;
            }
            out.add(q);
        }
        return out.iterator();
    }

    private List<Quad> selectNamed(Node g, Node s, Node p, Node o) {
        Txn t = txn.get();
        if (t != null) {
            List<Quad> out = new ArrayList<>();
            for (Node name : g.isConcrete() ? List.of(g) : reads.storeGraphNames()) {
                Optional<Graph> copy = copy(t, name);
                if (copy.isPresent()) {
                    copy.get().find(s, p, o).forEachRemaining(tr -> out.add(Quad.create(name, tr)));
                } else {
                    out.addAll(reads.selectPattern(name, s, p, o));
                }
            }
            return out;
        }
        if (g.isConcrete() && s == Node.ANY && p == Node.ANY && o == Node.ANY) {
            List<Quad> out = new ArrayList<>();
            reads.fetchGraph(g).find().forEachRemaining(tr -> out.add(Quad.create(g, tr)));
            return out;
        }
        return reads.selectPattern(g, s, p, o);
    }

    /** The transaction's copy of graph {@code g}, fetched on first use; empty when the graph is too large to copy. */
    private Optional<Graph> copy(Txn t, Node g) {
        return t.copies().computeIfAbsent(g, name -> {
            return reads.graphSize(name) <= COPY_LIMIT ? Optional.of(reads.fetchGraph(name)) : Optional.empty();
        });
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        Set<Node> names = reads.storeGraphNames();
        Txn t = txn.get();
        if (t != null && t.changes() != null && !t.changes().isEmpty()) {
            // graphs emptied in this transaction disappear, new ones appear
            names.removeIf(g -> !findNG(g, Node.ANY, Node.ANY, Node.ANY).hasNext());
            t.changes().addedMatching(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!Quad.isDefaultGraph(q.getGraph())) {
                    names.add(q.getGraph());
                }
            });
        }
        return names.iterator();
    }

    @Override
    public boolean containsGraph(Node g) {
        if (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) {
            return true;
        }
        Txn t = txn.get();
        if (t != null && t.changes() != null && t.changes().touches(g)) {
            return findNG(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
        }
        return reads.hasGraph(g);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public PrefixMap prefixes() {
        return PrefixMapFactory.emptyPrefixMap();
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }

    // ---- writes: kept until commit

    private PendingChanges changes() {
        Txn t = txn.get();
        if (t == null || t.mode() != ReadWrite.WRITE) {
            throw new JenaTransactionException("remote store: a change outside a write transaction");
        }
        return t.changes();
    }

    @Override
    public void add(Quad quad) {
        changes().add(quad);
    }

    @Override
    public void delete(Quad quad) {
        changes().delete(quad);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        changes().deleteAny(g == null ? Node.ANY : g, s == null ? Node.ANY : s, p == null ? Node.ANY : p, o == null ? Node.ANY : o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        removeGraph(graphName);
        graph.find().forEachRemaining(t -> add(Quad.create(graphName, t)));
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    // ---- transactions

    @Override
    public void begin(TxnType type) {
        if (txn.get() != null) {
            throw new JenaTransactionException("remote store: already in a transaction");
        }
        ReadWrite mode = TxnType.convert(type);
        if (mode == ReadWrite.WRITE) {
            writer.lock();
        }
        txn.set(new Txn(type, mode));
    }

    @Override
    public void begin(ReadWrite readWrite) {
        begin(TxnType.convert(readWrite));
    }

    @Override
    public boolean promote(Promote mode) {
        Txn t = txn.get();
        if (t == null) {
            throw new JenaTransactionException("remote store: promote outside a transaction");
        }
        if (t.mode() == ReadWrite.WRITE) {
            return true;
        }
        if (t.type() == TxnType.READ) {
            return false;
        }
        writer.lock();
        txn.set(new Txn(t.type(), ReadWrite.WRITE));
        return true;
    }

    @Override
    public void commit() {
        Txn t = txn.get();
        if (t == null) {
            throw new JenaTransactionException("remote store: commit outside a transaction");
        }
        if (t.mode() == ReadWrite.WRITE && !t.changes().isEmpty()) {
            UpdateRequest update = t.changes().toUpdate();
            try (RDFLink link = link()) {
                link.update(update);
            } catch (HttpException | QueryExceptionHTTP e) {
                throw reads.failure("committing a transaction (it was not applied, or not confirmed)", e);
            }
        }
        finish();
    }

    @Override
    public void abort() {
        finish();
    }

    @Override
    public void end() {
        finish();
    }

    private void finish() {
        Txn t = txn.get();
        if (t == null) {
            return;
        }
        txn.remove();
        if (t.mode() == ReadWrite.WRITE) {
            writer.unlock();
        }
    }

    @Override
    public boolean isInTransaction() {
        return txn.get() != null;
    }

    @Override
    public ReadWrite transactionMode() {
        Txn t = txn.get();
        return t == null ? null : t.mode();
    }

    @Override
    public TxnType transactionType() {
        Txn t = txn.get();
        return t == null ? null : t.type();
    }

    @Override
    public void close() {}
}
