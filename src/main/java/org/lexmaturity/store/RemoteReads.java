package org.lexmaturity.store;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.sparql.graph.GraphFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * What {@link RemoteDatasetGraph} asks the remote store itself: quads matching a pattern (as SELECT queries), whole
 * graphs (Graph Store Protocol), graph names and sizes; and the one way its failures are reported.
 */
final class RemoteReads {
    private static final Query FIND_NAMED = QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query FIND_DEFAULT = QueryFactory.create("SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
    private static final Query GRAPH_NAMES = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }");
    private static final Query GRAPH_NAMES_WITH_TRIPLES = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query GRAPH_SIZE = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query HAS_GRAPH = QueryFactory.create("ASK WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Var G = Var.alloc("g");
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");

    private final RemoteEndpoint endpoint;
    private final Supplier<RDFLink> links;

    RemoteReads(RemoteEndpoint endpoint, Supplier<RDFLink> links) {
        this.endpoint = endpoint;
        this.links = links;
    }

    private RDFLink link() {
        return links.get();
    }

    List<Quad> selectPattern(Node g, Node s, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        select(FIND_NAMED, Map.of(G, g, S, s, P, p, O, o), b -> out.add(Quad.create(value(b, G, g), value(b, S, s), value(b, P, p), value(b, O, o))));
        return out;
    }

    List<Quad> selectDefault(Node s, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        select(FIND_DEFAULT, Map.of(S, s, P, p, O, o),
                b -> out.add(Quad.create(Quad.defaultGraphIRI, value(b, S, s), value(b, P, p), value(b, O, o))));
        return out;
    }

    long graphSize(Node g) {
        long[] size = {0};
        select(GRAPH_SIZE, Map.of(G, g), b -> size[0] = Long.parseLong(b.get(Var.alloc("n")).getLiteralLexicalForm()));
        return size[0];
    }

    boolean hasGraph(Node g) {
        Query ask = QueryTransformOps.replaceVars(HAS_GRAPH, Map.of(G, g));
        try (RDFLink link = link(); QueryExec exec = link.query(ask)) {
            return exec.ask();
        } catch (HttpException | QueryExceptionHTTP e) {
            throw failure("querying", e);
        }
    }

    Graph fetchGraph(Node g) {
        try (RDFLink link = link()) {
            return link.get(g);
        } catch (HttpException | QueryExceptionHTTP e) {
            if (status(e) == 404) {
                return GraphFactory.createDefaultGraph();
            }
            throw failure("reading graph " + g.getURI(), e);
        }
    }

    /**
     * The names of the store's graphs. {@code GRAPH ?g { }} is the quick way (a store lists its graphs), but not every
     * store binds {@code ?g} there (Virtuoso answers one empty row): then the graphs that hold a triple are asked for.
     */
    Set<Node> storeGraphNames() {
        Set<Node> names = new LinkedHashSet<>();
        boolean[] unbound = {false};
        select(GRAPH_NAMES, Map.of(), b -> {
            Node g = b.get(G);
            if (g == null) {
                unbound[0] = true;
            } else {
                names.add(g);
            }
        });
        if (unbound[0]) {
            select(GRAPH_NAMES_WITH_TRIPLES, Map.of(), b -> names.add(b.get(G)));
        }
        return names;
    }

    private void select(Query template, Map<Var, Node> values, Consumer<Binding> each) {
        Map<Var, Node> concrete = new HashMap<>();
        values.forEach((v, n) -> {
            if (n != Node.ANY) {
                concrete.put(v, n);
            }
        });
        Query query = QueryTransformOps.replaceVars(template, concrete);
        try (RDFLink link = link(); QueryExec exec = link.query(query)) {
            RowSet rows = exec.select();
            rows.forEachRemaining(each);
        } catch (HttpException | QueryExceptionHTTP e) {
            throw failure("querying", e);
        }
    }

    private static Node value(Binding b, Var v, Node given) {
        return given != Node.ANY ? given : b.get(v);
    }

    RuntimeException failure(String doing, RuntimeException e) {
        int status = status(e);
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String reason = root == e ? String.valueOf(e.getMessage()) : root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
        return new StoreUnavailableException("The remote store " + endpoint + " failed while " + doing + ": "
                + (status > 0 ? "HTTP " + status + " " : "") + reason, e);
    }

    /** The HTTP status of a failed request to the store; -1 when it got no answer. */
    static int status(RuntimeException e) {
        if (e instanceof HttpException h) {
            return h.getStatusCode();
        }
        if (e instanceof QueryExceptionHTTP q) {
            return q.getStatusCode();
        }
        return -1;
    }
}
