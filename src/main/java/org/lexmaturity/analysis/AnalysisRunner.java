package org.lexmaturity.analysis;

import java.util.NoSuchElementException;
import org.apache.jena.query.ARQ;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.lexmaturity.store.Graphs;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Runs an analysis of the catalogue on the store: checks and binds the parameters, runs the query in one read
 * transaction and hands back an {@link AnalysisResult} of plain values. Thread-safe; each run is its own
 * transaction on the calling thread.
 */
public final class AnalysisRunner {
    /**
     * Inputs the runner binds itself wherever a query mentions them: the graph IRIs, and {@code $lang}, the language
     * of the result ("fi", "sv" or "en", for picking titles). No parameter may take these names.
     */
    static final Set<String> RUNNER_INPUTS = Set.of("ontology", "publicSurveys", "privateSurveys", "register", "screening", "lang");
    /** The languages results are labelled in. */
    public static final List<String> LANGUAGES = AnalysisHeader.LANGUAGES;
    /** Longest an analysis may run; the public endpoint will have its own, shorter limit. */
    static final long TIMEOUT_SECONDS = 120;
    /** Most rows a {@code limit} parameter may ask for. */
    static final long MAX_LIMIT = 10_000;

    private final Store store;
    private final AnalysisCatalogue catalogue;
    private final Clock clock;

    public AnalysisRunner(Store store, AnalysisCatalogue catalogue) {
        this(store, catalogue, Clock.systemDefaultZone());
    }

    /** With a clock for "today" (the default of date parameters), for tests. */
    public AnalysisRunner(Store store, AnalysisCatalogue catalogue, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** An analysis that ran past {@link #TIMEOUT_SECONDS} (HTTP 503). */
    public static final class Timeout extends RuntimeException {
        Timeout(String message) {
            super(message);
        }
    }

    public AnalysisCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Runs analysis {@code id} with {@code params} (name → text as a user typed it; absent ones take their default)
     * and labels concepts in {@code lang} (fi, sv or en). Unknown id: {@link NoSuchElementException}; a bad
     * parameter or language: {@link IllegalArgumentException} naming it.
     */
    public AnalysisResult run(String id, Map<String, String> params, String lang) {
        AnalysisDefinition def = catalogue.get(id);
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("language '" + lang + "' is not one of fi, sv, en");
        }
        Map<String, String> values = ParameterValues.resolve(def, params, LocalDate.now(clock));
        SearchTextSyntax.check(def, values);
        long limit = limit(def, values);
        Map<Var, Node> inputs = new HashMap<>();
        for (AnalysisDefinition.Parameter p : def.parameters()) {
            String v = values.get(p.name());
            if (v != null) {
                inputs.put(Var.alloc(p.name()), ParameterValues.node(p, v));
            }
        }
        Graphs graphs = store.graphs();
        Set<String> mentioned = AnalysisCatalogue.variables(def.query());
        Map<String, Node> graphNodes = Map.of("ontology", graphs.ontology(), "publicSurveys", graphs.surveysPublic(),
                "privateSurveys", graphs.surveysPrivate(), "register", graphs.register(), "screening", graphs.screening());
        if (mentioned.contains("lang")) {
            inputs.put(Var.alloc("lang"), NodeFactory.createLiteralString(lang));
        }
        graphNodes.forEach((name, node) -> {
            if (mentioned.contains(name)) {
                inputs.put(Var.alloc(name), node);
            }
        });
        Query query = catalogue.query(id);
        List<Node> visible = graphs.publicGraphs();
        List<List<Object>> rows = store.read(all -> {
            // a public analysis runs on a view without the private graph, so not even GRAPH ?g can reach it
            DatasetGraph dsg = def.publicData() ? new DatasetGraphFilteredView(all, q -> visible.contains(q.getGraph()), visible) : all;
            QueryExecBuilder builder = QueryExec.dataset(dsg).query(query).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    // the same limit in the context, where a remote store's query engine finds it
                    .set(ARQ.queryTimeout, TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            inputs.forEach(builder::substitution);
            List<List<Object>> out = new ArrayList<>();
            try (QueryExec exec = builder.build()) {
                RowSet rs = exec.select();
                while (rs.hasNext() && out.size() < limit) {
                    out.add(row(def, rs.next(), lang));
                }
            } catch (TextIndexParseException e) {
                throw new IllegalArgumentException("analysis " + id + ": the search text does not parse (quotes and brackets must pair): "
                        + e.getMessage().replaceAll("\\s+", " "), e);
            } catch (QueryCancelledException e) {
                throw new Timeout("analysis " + id + " took longer than " + TIMEOUT_SECONDS + " s and was stopped");
            }
            return out;
        });
        return new AnalysisResult(def, values, rows);
    }

    /** A parameter named {@code limit} also caps the rows, since SPARQL's LIMIT takes no variable. */
    private static long limit(AnalysisDefinition def, Map<String, String> values) {
        String v = values.get("limit");
        if (v == null) {
            return MAX_LIMIT;
        }
        long n = Long.parseLong(v);
        if (n < 1 || n > MAX_LIMIT) {
            throw new IllegalArgumentException("analysis " + def.id() + ", parameter 'limit': " + n + " is outside 1–" + MAX_LIMIT);
        }
        return n;
    }

    private static List<Object> row(AnalysisDefinition def, Binding b, String lang) {
        List<Object> row = new ArrayList<>(def.columns().size());
        for (AnalysisDefinition.Column c : def.columns()) {
            row.add(cell(b.get(Var.alloc(c.name())), c.type(), lang));
        }
        return row;
    }

    /** One result term as the plain value its column type says; null when unbound. */
    static Object cell(Node n, String type, String lang) {
        if (n == null) {
            return null;
        }
        String lexical = n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
        switch (type) {
            case "integer" -> {
                try {
                    return new BigDecimal(lexical).setScale(0, RoundingMode.HALF_UP).longValueExact();
                } catch (NumberFormatException | ArithmeticException e) {
                    return lexical;
                }
            }
            case "decimal" -> {
                try {
                    // two places are all a reader or chart needs; means come back from SPARQL with twenty
                    return new BigDecimal(lexical).setScale(2, RoundingMode.HALF_UP);
                } catch (NumberFormatException e) {
                    return lexical;
                }
            }
            case "date" -> {
                try {
                    return LocalDate.parse(lexical.length() > 10 ? lexical.substring(0, 10) : lexical);
                } catch (DateTimeParseException e) {
                    return lexical;
                }
            }
            case "concept" -> {
                return n.isURI() ? Vocabulary.shipped().label(n, lang) : lexical;
            }
            case "code" -> {
                return n.isURI() ? Vocabulary.code(n) : lexical;
            }
            default -> {
                return lexical;
            }
        }
    }
}
