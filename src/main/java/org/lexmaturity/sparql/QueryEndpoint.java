package org.lexmaturity.sparql;

import java.util.Locale;
import java.util.function.Supplier;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.expr.ExprEvalException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.lexmaturity.store.Store;

/**
 * The public SPARQL query operation: validate (parse, refuse SERVICE, choose the format, the dataset and the time
 * limit), then execute on the {@link PublicView} in one read transaction, streaming the answer into a
 * {@link ResponseTarget}. Read-only by construction: it only ever parses queries, never updates.
 *
 * <p>{@link #execute} blocks for as long as the query runs and the client reads: call it on a worker thread. The
 * first results are fetched before anything is sent, so a syntax error, a timeout or a refused query is a clean
 * error status, not a cut-off 200.
 */
public final class QueryEndpoint {
    /** Header with the row limit in effect; {@link #TRUNCATED} says whether it cut the results. */
    public static final String ROW_LIMIT = "Lexmaturity-Row-Limit";
    public static final String TRUNCATED = "Lexmaturity-Results-Truncated";
    /** Rows fetched before the response starts; results shorter than this are known to be cut or not up front. */
    private static final int LOOKAHEAD = 10_000;

    private final Store store;
    private final PublicView view;
    private final EndpointSettings settings;
    private final boolean guardRegex;

    public QueryEndpoint(Store store, PublicView view, EndpointSettings settings) {
        this.store = store;
        this.view = view;
        this.settings = settings;
        // a remote store evaluates the query itself, with its own limits; it would not know the guarded functions
        this.guardRegex = store.config().remote().isEmpty();
    }

    public EndpointSettings settings() {
        return settings;
    }

    /** A validated query, ready to run: what to run, on which graphs, in which format, for how long. */
    public record Prepared(Query query, ResultFormat format, List<String> defaultGraphs, List<String> namedGraphs, boolean datasetGiven,
            Duration timeout, Duration waited) {
        /** What is left of the time limit after waiting {@code w} for a worker. */
        Duration left() {
            return timeout.minus(waited);
        }
    }

    /** Checks a request; every problem is a {@link SparqlError} with its status. Cheap: no store access. */
    public Prepared prepare(QueryRequest request) {
        String text = request.query();
        if (text == null || text.isBlank()) {
            throw new SparqlError(400, "no 'query=' parameter");
        }
        if (text.length() > settings.maxQueryLength()) {
            throw new SparqlError(413, "the query is " + text.length() + " characters long; the limit is " + settings.maxQueryLength());
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new SparqlError(400, "syntax error: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw new SparqlError(400, "the query is nested too deeply to parse: simplify it");
        } catch (ExprEvalException e) {
            // a constant the parser evaluates at once, such as a regular expression too deeply nested to compile
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            if (why.contains("Stack overflow")) {
                throw new SparqlError(400, "a regular expression in the query is too complex to compile (it overflows the stack): simplify it");
            }
            throw new SparqlError(400, "the query cannot be evaluated: " + (why.length() > 200 ? why.substring(0, 200) + "…" : why));
        }
        ServiceGuard.refuseService(query);
        ResultFormat format = Negotiation.choose(query.isSelectType() || query.isAskType() ? ResultFormat.Kind.RESULTS : ResultFormat.Kind.GRAPH,
                request.output(), request.accept());
        // the protocol's dataset replaces the query's FROM / FROM NAMED (SPARQL 1.1 Protocol, 2.1.4)
        boolean protocolDataset = !request.defaultGraphUris().isEmpty() || !request.namedGraphUris().isEmpty();
        List<String> dft = protocolDataset ? request.defaultGraphUris() : List.copyOf(query.getGraphURIs());
        List<String> named = protocolDataset ? request.namedGraphUris() : List.copyOf(query.getNamedGraphURIs());
        boolean datasetGiven = protocolDataset || query.hasDatasetDescription();
        Query runnable = withoutDataset(query);
        String lower = text.toLowerCase(Locale.ROOT);
        if (guardRegex && (lower.contains("regex") || lower.contains("replace"))) {
            runnable = RegexGuard.guard(runnable);
        }
        if (runnable.isSelectType() && (!runnable.hasLimit() || runnable.getLimit() > settings.rowLimit())) {
            // one row more than the limit tells us whether the limit cut anything
            runnable.setLimit(settings.rowLimit() + 1);
        }
        return new Prepared(runnable, format, dft, named, datasetGiven, timeout(request.timeout()), Duration.ZERO);
    }

    /**
     * Runs a query that has waited for a worker since {@code waitingSince} ({@link System#nanoTime}): the wait counts
     * toward its time limit, so a query that waited it all out is answered 503 without running.
     */
    public void execute(QueryRequest request, ResponseTarget target, long waitingSince) {
        Prepared prepared = prepare(request);
        Duration waited = Duration.ofNanos(Math.max(0, System.nanoTime() - waitingSince));
        Prepared p = new Prepared(prepared.query(), prepared.format(), prepared.defaultGraphs(), prepared.namedGraphs(), prepared.datasetGiven(),
                prepared.timeout(), waited);
        if (p.left().isNegative() || p.left().isZero()) {
            throw new SparqlError(503, "the query waited " + seconds(waited) + " s for a free worker, all of its time limit of "
                    + seconds(p.timeout()) + " s, and was not run; try again later");
        }
        execute(p, target);
    }

    /** Runs a prepared query and streams its answer; the read transaction lasts until the last byte is written. */
    public void execute(Prepared p, ResponseTarget target) {
        // a failure leaves the transaction as a value, not as an exception: aborting a read transaction of the text
        // dataset while other readers run can leave this thread marked as still in a transaction
        RuntimeException failure = store.read(all -> {
            try {
                run(all, p, target);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        if (failure != null) {
            throw failure;
        }
    }

    private void run(DatasetGraph all, Prepared p, ResponseTarget target) {
        DatasetGraph dsg = p.datasetGiven() ? view.chosen(all, p.defaultGraphs(), p.namedGraphs()) : view.over(all);
        QueryExecBuilder builder = QueryExec.dataset(dsg).query(p.query()).timeout(p.left().toMillis(), TimeUnit.MILLISECONDS)
                // the same limit in the context, where a remote store's query engine finds it
                .set(ARQ.queryTimeout, p.left().toMillis())
                .set(RegexGuard.DEADLINE, System.nanoTime() + p.left().toNanos());
        try (QueryExec exec = builder.build()) {
            ServiceGuard.disable(exec.getContext());
            Query q = p.query();
            if (q.isSelectType()) {
                select(exec, p, target);
            } else if (q.isAskType()) {
                boolean answer = fetch(p, exec::ask);
                try (OutputStream out = target.begin(p.format().contentType(), Map.of())) {
                    ResultsWriter.create().lang(p.format().lang()).build().write(out, answer);
                }
            } else {
                graph(exec, p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void select(QueryExec exec, Prepared p, ResponseTarget target) throws IOException {
        RowSet rows = fetch(p, exec::select);
        List<Var> vars = rows.getResultVars();
        Limited<Binding> limited = fetch(p, () -> new Limited<>(rows, settings.rowLimit()));
        try (OutputStream out = target.begin(p.format().contentType(), limited.headers(target))) {
            ResultsWriter.create().lang(p.format().lang()).build().write(out, RowSetStream.create(vars, limited));
        }
        limited.finish(target);
    }

    private void graph(QueryExec exec, Prepared p, ResponseTarget target) throws IOException {
        Iterator<Triple> triples = fetch(p, () -> p.query().isConstructType() ? exec.constructTriples() : exec.describeTriples());
        Limited<Triple> limited = fetch(p, () -> new Limited<>(triples, settings.rowLimit()));
        ResultFormat f = p.format();
        try (OutputStream out = target.begin(f.contentType(), limited.headers(target))) {
            if (f.streams()) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, f.rdfFormat());
                stream.start();
                p.query().getPrefixMapping().getNsPrefixMap().forEach(stream::prefix);
                limited.forEachRemaining(stream::triple);
                stream.finish();
            } else {
                // JSON-LD and RDF/XML are written from a whole graph; the row limit bounds its size
                Graph g = GraphFactory.createDefaultGraph();
                g.getPrefixMapping().setNsPrefixes(p.query().getPrefixMapping());
                limited.forEachRemaining(g::add);
                RDFDataMgr.write(out, g, f.rdfFormat());
            }
        }
        limited.finish(target);
    }

    /**
     * Runs a step of the query before the response has begun: a timeout here is still a clean 503, a regular expression
     * too complex to evaluate a clean 400.
     */
    private static <T> T fetch(Prepared p, Supplier<T> step) {
        try {
            return step.get();
        } catch (RegexGuard.TooComplex e) {
            throw new SparqlError(400, e.getMessage());
        } catch (StackOverflowError e) {
            throw new SparqlError(400, "the query is too complex to evaluate (it overflows the stack): simplify it");
        } catch (QueryCancelledException e) {
            throw new SparqlError(503, "the query took longer than " + seconds(p.timeout()) + " s and was stopped"
                    + (p.waited().toMillis() >= 100 ? " (" + seconds(p.waited()) + " s of it waiting for a free worker)" : ""));
        }
    }

    private Duration timeout(String asked) {
        Duration max = settings.timeout();
        if (asked == null || asked.isBlank()) {
            return max;
        }
        double seconds;
        try {
            seconds = Double.parseDouble(asked.trim());
        } catch (NumberFormatException e) {
            throw new SparqlError(400, "timeout '" + asked + "' is not a number of seconds");
        }
        if (!(seconds > 0)) {
            throw new SparqlError(400, "timeout must be more than 0 seconds");
        }
        Duration d = Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
        return d.compareTo(max) < 0 ? d : max;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds()) : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    /** A copy of the query without FROM / FROM NAMED: the dataset is chosen on the public view instead. */
    private static Query withoutDataset(Query query) {
        Query copy = query.cloneQuery();
        copy.getGraphURIs().clear();
        copy.getNamedGraphURIs().clear();
        return copy;
    }

    /**
     * At most {@code limit} items of an iterator. The first items (up to {@link #LOOKAHEAD}) are read ahead, so for
     * most results whether the limit cut anything is known before the headers go out; otherwise it is sent as a
     * trailer.
     */
    private static final class Limited<T> implements Iterator<T> {
        private final Iterator<T> source;
        private final long limit;
        private final List<T> ahead = new ArrayList<>();
        private int aheadIndex;
        private long delivered;
        private final boolean knownUpFront;

        Limited(Iterator<T> source, long limit) {
            this.source = source;
            this.limit = limit;
            long want = Math.min(limit + 1, LOOKAHEAD);
            while (ahead.size() < want && source.hasNext()) {
                ahead.add(source.next());
            }
            knownUpFront = ahead.size() < want || ahead.size() > limit;
        }

        Map<String, String> headers(ResponseTarget target) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put(ROW_LIMIT, String.valueOf(limit));
            if (knownUpFront) {
                h.put(TRUNCATED, String.valueOf(ahead.size() > limit));
            } else {
                h.put("Trailer", TRUNCATED);
            }
            return h;
        }

        void finish(ResponseTarget target) {
            if (!knownUpFront) {
                target.trailer(TRUNCATED, String.valueOf(delivered >= limit && source.hasNext()));
            }
        }

        @Override
        public boolean hasNext() {
            if (delivered >= limit) {
                return false;
            }
            return aheadIndex < ahead.size() || source.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            delivered++;
            if (aheadIndex < ahead.size()) {
                T item = ahead.get(aheadIndex);
                ahead.set(aheadIndex++, null); // let written rows go
                return item;
            }
            return source.next();
        }
    }
}
