package org.lexmaturity.web.opendata;

import io.vertx.core.buffer.Buffer;
import org.lexmaturity.web.http.Links;
import org.lexmaturity.web.http.Utf8Parameters;
import org.lexmaturity.web.http.ResponseStream;
import org.lexmaturity.web.http.RawBody;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lexmaturity.kernel.TextEncoding;
import org.lexmaturity.sparql.AcceptHeader;
import org.lexmaturity.sparql.EndpointSettings;
import org.lexmaturity.sparql.GraphWriter;
import org.lexmaturity.sparql.PublicView;
import org.lexmaturity.sparql.QueryAdmission;
import org.lexmaturity.sparql.RegexGuard;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.lexmaturity.sparql.QueryEndpoint;
import org.lexmaturity.sparql.QueryRequest;
import org.lexmaturity.sparql.ResponseTarget;
import org.lexmaturity.sparql.ResultFormat;
import org.lexmaturity.sparql.ServiceDescription;
import org.lexmaturity.sparql.SparqlError;
import org.lexmaturity.store.Store;

/**
 * {@code /sparql}: the public SPARQL 1.1 Protocol query endpoint (GET, POST form, POST application/sparql-query),
 * read-only, over the public graphs only. Without a query, GET answers the Service Description (or, for a browser,
 * 303 to the query page {@code /query}). Queries run on their own workers, admitted by {@link QueryAdmission}, so
 * slow public queries cannot hold up the analysts' pages, nor one client everybody else's queries.
 */
public final class SparqlRoutes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlRoutes.class);
    private static final String OP = "SPARQL Query: ";
    private static final String CORS_EXPOSED = String.join(", ", QueryEndpoint.ROW_LIMIT, QueryEndpoint.TRUNCATED, "Content-Disposition");

    private final QueryEndpoint endpoint;
    private final QueryAdmission admission;
    private final PublicView view;
    private final String endpointUrl;
    private Blocking blocking;
    private static final String POOL = "lexmaturity-sparql-description";

    /** The endpoint over the graphs {@code view} publishes, within the limits {@code settings} sets. */
    public SparqlRoutes(Store store, PublicView view, EndpointSettings settings) {
        this.endpoint = new QueryEndpoint(store, view, settings);
        this.admission = new QueryAdmission(settings.workers());
        this.view = view;
        this.endpointUrl = store.config().baseIri() + "sparql";
    }

    public void mount(Router router) {
        // a form body is about three times the query's length once percent-encoded; direct bodies are the query itself
        long maxBody = 3L * endpoint.settings().maxQueryLength() + 4096;
        router.get("/sparql").handler(this::get);
        router.post("/sparql").handler(RawBody.limitedTo(maxBody)).handler(this::post);
        router.options("/sparql").handler(SparqlRoutes::preflight);
        router.route("/sparql").handler(ctx -> {
            throw new HttpException(405, OP + ctx.request().method() + " is not a SPARQL Protocol method; use GET or POST");
        });
    }

    private void get(RoutingContext ctx) {
        cors(ctx.response());
        MultiMap params = ctx.queryParams();
        refuseUpdate(params);
        Utf8Parameters.check(ctx.request().query(), OP);
        if (!params.contains("query")) {
            serviceDescription(ctx);
            return;
        }
        run(ctx, request(params, ctx));
    }

    private void post(RoutingContext ctx) {
        cors(ctx.response());
        String type = mediaType(ctx.request().getHeader("Content-Type"));
        String charset = charset(ctx.request().getHeader("Content-Type"));
        if (charset != null && !charset.equals("utf-8")) {
            throw new HttpException(415, OP + "the body must be UTF-8, not " + charset);
        }
        MultiMap url = ctx.queryParams();
        refuseUpdate(url);
        Utf8Parameters.check(ctx.request().query(), OP);
        switch (type) {
            case "application/x-www-form-urlencoded" -> {
                String body = body(ctx);
                MultiMap form = MultiMap.caseInsensitiveMultiMap();
                new QueryStringDecoder(body, StandardCharsets.UTF_8, false).parameters().forEach(form::add);
                refuseUpdate(form);
                Utf8Parameters.check(body, OP);
                MultiMap all = MultiMap.caseInsensitiveMultiMap().addAll(url).addAll(form);
                run(ctx, request(all, ctx));
            }
            case "application/sparql-query" -> {
                if (url.contains("query")) {
                    throw new HttpException(400, OP + "the query is the body; a 'query=' parameter as well is ambiguous");
                }
                MultiMap all = MultiMap.caseInsensitiveMultiMap().addAll(url).add("query", body(ctx));
                run(ctx, request(all, ctx));
            }
            case "application/sparql-update" -> throw readOnly();
            default -> throw new HttpException(415, OP + "POST takes application/x-www-form-urlencoded or application/sparql-query, not "
                    + (type.isEmpty() ? "a body without Content-Type" : type));
        }
    }

    /** The body as UTF-8 text; malformed bytes are refused with their place rather than run as U+FFFD. */
    private static String body(RoutingContext ctx) {
        TextEncoding.Scan scan = TextEncoding.scanUtf8(RawBody.of(ctx), 0);
        return scan.text().orElseThrow(() -> {
            TextEncoding.Malformed m = scan.malformed().orElseThrow();
            return new HttpException(400, OP + "the request body, " + m.place() + ": " + m.problem() + "; send it as UTF-8");
        });
    }

    private static QueryRequest request(MultiMap all, RoutingContext ctx) {
        List<String> queries = all.getAll("query");
        if (queries.size() > 1) {
            throw new HttpException(400, OP + "more than one 'query=' parameter");
        }
        String output = all.contains("output") ? all.get("output") : all.get("format");
        return new QueryRequest(queries.isEmpty() ? null : queries.get(0), all.getAll("default-graph-uri"), all.getAll("named-graph-uri"),
                ctx.request().getHeader("Accept"), output, all.get("timeout"));
    }

    /**
     * Hands the query to the endpoint's workers ({@link QueryAdmission}: a bounded line, each client's share) and
     * answers on the event loop when it is done. Refused at once with 503 and {@code Retry-After} when the endpoint or
     * this client's share of it is full.
     */
    private void run(RoutingContext ctx, QueryRequest request) {
        ctx.response().putHeader("Vary", "Accept");
        HttpServerResponse response = ctx.response();
        ResponseTarget target = new ResponseTarget() {
            @Override
            public OutputStream begin(String contentType, Map<String, String> headers) {
                response.setChunked(true).putHeader("Content-Type", contentType).putHeader("Cache-Control", "no-store");
                headers.forEach(response::putHeader);
                return new ResponseStream(response);
            }

            @Override
            public void trailer(String name, String value) {
                response.trailers().set(name, value);
            }
        };
        Context context = ctx.vertx().getOrCreateContext();
        long arrived = System.nanoTime();
        try {
            admission.submit(Links.address(ctx), () -> {
                Throwable failure = null;
                boolean written = false;
                try {
                    endpoint.execute(request, target, arrived);
                    written = true;
                } catch (UncheckedIOException e) {
                    written = false; // the client went away while results were being written: nothing to answer
                } catch (SparqlError e) {
                    failure = new HttpException(e.status(), OP + e.getMessage());
                } catch (RegexGuard.TooComplex e) {
                    // after the answer began: the status is sent already, so the connection is cut, with one log line
                    LOG.warn("SPARQL query from {} stopped: {}", Links.address(ctx), e.getMessage());
                    failure = new HttpException(400, OP + e.getMessage());
                } catch (QueryCancelledException e) {
                    failure = new HttpException(503, OP + "the query took longer than its time limit and was stopped");
                } catch (StackOverflowError e) {
                    LOG.warn("SPARQL query from {} stopped: it overflowed the stack", Links.address(ctx));
                    failure = new HttpException(400, OP + "the query is too complex to evaluate (it overflows the stack): simplify it");
                } catch (RuntimeException e) {
                    failure = e;
                }
                boolean done = written;
                Throwable failed = failure;
                context.runOnContext(v -> {
                    if (failed != null) {
                        ctx.fail(failed);
                    } else if (done) {
                        response.end();
                    } else {
                        ctx.request().connection().close();
                    }
                });
            });
        } catch (QueryAdmission.Refused e) {
            response.putHeader("Retry-After", Integer.toString(e.retryAfterSeconds()));
            throw new HttpException(503, OP + e.getMessage());
        }
    }

    /** Stops the query workers; queries still running end with their transactions. */
    @Override
    public void close() {
        admission.close();
    }

    /** The Service Description in Turtle, RDF/XML, JSON-LD or N-Triples; a browser is sent to the query page. */
    private void serviceDescription(RoutingContext ctx) {
        ctx.response().putHeader("Vary", "Accept");
        AcceptHeader accept = AcceptHeader.parse(ctx.request().getHeader("Accept"));
        String chosen = accept.choose(List.of("text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples", "text/html"))
                .orElseThrow(() -> new HttpException(406, OP + "the service description is text/turtle, application/rdf+xml, application/ld+json or application/n-triples"));
        if (chosen.equals("text/html")) {
            ctx.response().setStatusCode(303).putHeader("Location", "/query").end();
            return;
        }
        ResultFormat format = ResultFormat.byName(ResultFormat.Kind.GRAPH, chosen).orElseThrow();
        // the configured base, never the request's Host header, which any client can set
        String url = endpointUrl;
        // writing JSON-LD is slow enough to keep off the event loop
        blocking(ctx).run(ctx, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GraphWriter.write(out, ServiceDescription.of(url, view.graphs()), format);
            return out.toByteArray();
        }, bytes -> ctx.response().putHeader("Content-Type", format.contentType()).end(Buffer.buffer(bytes)));
    }

    private static void refuseUpdate(MultiMap params) {
        if (params.contains("update") || params.contains("using-graph-uri") || params.contains("using-named-graph-uri")) {
            throw readOnly();
        }
    }

    private static HttpException readOnly() {
        return new HttpException(403, "SPARQL Update: this endpoint is read-only; updates are not accepted");
    }

    /** Notebooks and web pages of other sites may query; no cookies are involved, so any origin will do. */
    private static void cors(HttpServerResponse response) {
        response.putHeader("Access-Control-Allow-Origin", "*").putHeader("Access-Control-Expose-Headers", CORS_EXPOSED);
    }

    private static void preflight(RoutingContext ctx) {
        cors(ctx.response());
        ctx.response().setStatusCode(204).putHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                .putHeader("Access-Control-Allow-Headers", "Accept, Content-Type").putHeader("Access-Control-Max-Age", "86400").end();
    }

    private synchronized Blocking blocking(RoutingContext ctx) {
        if (blocking == null) {
            // created on first use: the route class gets no Vert.x instance when it is mounted
            blocking = new Blocking(ctx.vertx().createSharedWorkerExecutor(POOL, 1));
        }
        return blocking;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String p : contentType.split(";")) {
            String t = p.trim().toLowerCase(Locale.ROOT);
            if (t.startsWith("charset=")) {
                return t.substring(8).replace("\"", "").trim();
            }
        }
        return null;
    }
}
