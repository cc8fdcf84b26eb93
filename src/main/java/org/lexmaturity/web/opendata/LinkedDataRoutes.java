package org.lexmaturity.web.opendata;

import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.lexmaturity.sparql.GraphWriter;
import org.lexmaturity.sparql.LinkedData;
import org.lexmaturity.sparql.Negotiation;
import org.lexmaturity.sparql.PublicView;
import org.lexmaturity.sparql.ResultFormat;
import org.lexmaturity.sparql.SparqlError;
import org.lexmaturity.store.Store;

/**
 * Dereferenceable IRIs: {@code /id/...} answers 303 to its document {@code /doc/...}, which is HTML, Turtle, JSON-LD,
 * N-Triples or RDF/XML by Accept or {@code ?format=}, from the public graphs only. The vocabulary is served at
 * {@code /ns} (and {@code /ns.ttl}, {@code /ns.jsonld}, {@code /ns.nt}, {@code /ns.rdf}, {@code /ns.html}).
 */
public final class LinkedDataRoutes {
    private final LinkedData data;
    private final Blocking blocking;
    private final Pages pages;

    public LinkedDataRoutes(Store store, Blocking blocking, Pages pages) {
        this.data = new LinkedData(store, new PublicView(store.graphs().publicGraphs()));
        this.blocking = blocking;
        this.pages = pages;
    }

    public void mount(Router router) {
        router.get("/id/*").handler(LinkedDataRoutes::seeDocument);
        router.get("/doc/*").handler(this::document);
        router.get("/ns").handler(ctx -> vocabulary(ctx, null));
        for (String ext : new String[] {"html", "ttl", "jsonld", "nt", "rdf"}) {
            router.get("/ns." + ext).handler(ctx -> vocabulary(ctx, ext));
        }
    }

    /** The resource is not a document: say where its description is (httpRange-14). */
    private static void seeDocument(RoutingContext ctx) {
        String rest = rest(ctx, "/id/");
        ctx.response().setStatusCode(303).putHeader("Location", "/doc/" + rest).putHeader("Vary", "Accept").end();
    }

    private void document(RoutingContext ctx) {
        String rest = rest(ctx, "/doc/");
        String iri = data.resourceIri(rest);
        Optional<ResultFormat> format = format(ctx);
        String lang = lang(ctx);
        ctx.response().putHeader("Vary", "Accept");
        if (format.isEmpty()) {
            blocking.run(ctx, () -> data.page(iri, lang, "/doc/" + rest), page -> pages.render(ctx, "resource",
                    Map.of("page", page.orElseThrow(() -> notFound(iri)), "lang", lang)));
        } else {
            blocking.run(ctx, () -> data.describe(iri).map(g -> bytes(g, format.get())), b -> send(ctx, b.orElseThrow(() -> notFound(iri)), format.get()));
        }
    }

    private void vocabulary(RoutingContext ctx, String extension) {
        Optional<ResultFormat> format = extension == null ? format(ctx) : extension.equals("html") ? Optional.empty()
                : ResultFormat.byName(ResultFormat.Kind.GRAPH, extension);
        if (extension == null) {
            ctx.response().putHeader("Vary", "Accept");
        }
        if (format.isEmpty()) {
            blocking.run(ctx, data::vocabularyTerms, terms -> pages.render(ctx, "vocabulary", Map.of("terms", terms)));
        } else {
            blocking.run(ctx, () -> bytes(data.vocabulary(), format.get()), b -> send(ctx, b, format.get()));
        }
    }

    /** Serialising (JSON-LD especially) takes time: done on the worker, never on the event loop. */
    private static byte[] bytes(Graph g, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphWriter.write(out, g, format);
        return out.toByteArray();
    }

    private static void send(RoutingContext ctx, byte[] body, ResultFormat format) {
        ctx.response().putHeader("Content-Type", format.contentType()).putHeader("Access-Control-Allow-Origin", "*").end(Buffer.buffer(body));
    }

    private static Optional<ResultFormat> format(RoutingContext ctx) {
        try {
            return Negotiation.document(ctx.request().getParam("format"), ctx.request().getHeader("Accept"));
        } catch (SparqlError e) {
            throw new HttpException(e.status(), e.getMessage());
        }
    }

    private static String lang(RoutingContext ctx) {
        String lang = ctx.request().getParam("lang");
        return lang == null ? "en" : switch (lang) {
            case "fi", "sv", "en" -> lang;
            default -> throw new HttpException(400, "lang must be fi, sv or en");
        };
    }

    /** The path after the prefix as the client wrote it, percent-encoding kept, since it is part of the IRI. */
    private static String rest(RoutingContext ctx, String prefix) {
        String path = ctx.request().path();
        String rest = path.substring(Math.min(path.length(), prefix.length()));
        if (rest.isEmpty() || rest.contains("..") || rest.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '\\')) {
            throw new HttpException(404, "no resource here");
        }
        return rest;
    }

    private static HttpException notFound(String iri) {
        return new HttpException(404, "nothing public is known about " + iri);
    }
}
