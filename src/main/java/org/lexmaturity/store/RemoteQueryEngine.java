package org.lexmaturity.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import org.apache.jena.sparql.engine.binding.BindingLib;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpNull;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Sends a whole query to the remote store instead of evaluating it here pattern by pattern (which would cost one
 * request per pattern and solution). It takes queries on a {@link RemoteDatasetGraph} with no unsent changes, and on
 * a filtered view of one (the public view, public analyses): there the view's graphs become the query's dataset
 * (FROM NAMED each visible graph; FROM each for a view whose default graph is their union, else an empty default
 * graph), so the store itself keeps the other graphs out. Anything else (a transaction's own unsent changes, a
 * dataset the query chose with FROM) is left to ARQ, which then reads through the dataset's find().
 */
public final class RemoteQueryEngine implements QueryEngineFactory {
    /** A graph no store holds: the default graph of a view whose default graph is empty. */
    private static final String NO_GRAPH = "urn:x-lexmaturity:no-graph";

    private static final RemoteQueryEngine INSTANCE = new RemoteQueryEngine();
    private static boolean registered;

    /** Registers the engine with ARQ (once). */
    public static synchronized void register() {
        if (!registered) {
            QueryEngineRegistry.addFactory(INSTANCE);
            registered = true;
        }
    }

    /** What a query runs against: the remote dataset and, for a view, its graphs. */
    private record Target(RemoteDatasetGraph remote, List<Node> visible, boolean unionDefault) {}

    private static Target target(DatasetGraph dsg) {
        if (dsg instanceof RemoteDatasetGraph r) {
            return r.seesOnlyTheStore() ? new Target(r, null, false) : null;
        }
        if (dsg instanceof DatasetGraphFilteredView view && view.getWrapped() instanceof RemoteDatasetGraph r && r.seesOnlyTheStore()) {
            List<Node> visible = new ArrayList<>();
            view.listGraphNodes().forEachRemaining(visible::add);
            return new Target(r, visible, view instanceof UnionDefaultGraph);
        }
        return null;
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return target(dataset) != null;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
        Target target = target(dataset);
        Query remote = inputBinding == null || inputBinding.isEmpty() ? query.cloneQuery() : QueryTransformOps.replaceVars(query, BindingLib.bindingToMap(inputBinding));
        if (!remote.isSelectType()) {
            // ARQ builds CONSTRUCT / DESCRIBE / ASK answers from the solutions of the pattern: ask for those
            remote.setQuerySelectType();
            remote.setQueryResultStar(true);
        }
        if (target.visible() != null) {
            remote = withoutHiddenGraphs(remote, target.visible());
            remote.getGraphURIs().clear();
            remote.getNamedGraphURIs().clear();
            for (Node g : target.visible()) {
                remote.addNamedGraphURI(g.getURI());
                if (target.unionDefault()) {
                    remote.addGraphURI(g.getURI());
                }
            }
            if (!target.unionDefault() || target.visible().isEmpty()) {
                remote.addGraphURI(NO_GRAPH);
            }
            if (target.visible().isEmpty()) {
                // no named graph at all, said outright: Virtuoso reads FROM without FROM NAMED as "every named graph",
                // the private ones included, where the standard means none
                remote.addNamedGraphURI(NO_GRAPH);
            }
        }
        long timeoutMillis = timeoutMillis(context);
        QueryExec exec = target.remote().queryExec(remote, timeoutMillis);
        StoreHttpClient.Opened<RowSet> opened;
        try {
            opened = StoreHttpClient.opening(exec::select);
        } catch (HttpException | QueryExceptionHTTP e) {
            exec.close();
            // the store stopped it at the limit (Fuseki answers 503), or the request gave up waiting
            if (timedOut(e) || (timeoutMillis > 0 && RemoteReads.status(e) == 503)) {
                throw new QueryCancelledException();
            }
            throw target.remote().reads().failure("running a query", e);
        }
        ExecutionContext execCxt = ExecutionContext.create(dataset, context);
        QueryIterator rows = new QueryIterPlainWrapper(opened.value(), execCxt) {
            @Override
            protected void requestCancel() {
                // from the thread that stops the query: the worker reading the answer gets an exception at once
                opened.closeBodies();
                super.requestCancel();
            }
        };
        // a normal end lets Jena read the answer's last bytes, so the connection is used again
        return new PlanOp(OpNull.create(), exec::close, rows);
    }

    /**
     * The query with every {@code GRAPH <iri>} that names a graph outside the view turned into one that names no graph
     * (in patterns and in {@code EXISTS} alike). By the standard such a pattern matches nothing once the dataset is
     * given, so nothing changes for a store that keeps to it; Virtuoso reads a named graph whatever the dataset says, and
     * would answer {@code FILTER EXISTS { GRAPH <private> { … } } } from the private graph.
     */
    static Query withoutHiddenGraphs(Query query, List<Node> visible) {
        java.util.Set<Node> shown = new java.util.HashSet<>(visible);
        Node none = NodeFactory.createURI(NO_GRAPH);
        ElementTransform hide = new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementNamedGraph el, Node graph, Element inner) {
                if (graph.isConcrete() && !shown.contains(graph)) {
                    return new ElementNamedGraph(none, inner);
                }
                return super.transform(el, graph, inner);
            }
        };
        return QueryTransformOps.transform(query, hide, new ExprTransformApplyElementTransform(hide));
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The caller's time limit: set as {@link ARQ#queryTimeout} in the query's context (ARQ applies it here as well),
     * since ARQ does not hand a query engine the limit given to the builder. -1 when none.
     */
    private static long timeoutMillis(Context context) {
        Object v = context == null ? null : context.get(ARQ.queryTimeout);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String text && !text.isBlank()) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        // algebra given directly (not from a query) is evaluated by ARQ
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        throw new UnsupportedOperationException("remote store: algebra is evaluated by ARQ");
    }

    /** A filtered view whose default graph is the union of its graphs (the public view). */
    public interface UnionDefaultGraph {}
}
