package org.lexmaturity.web.opendata;

import org.lexmaturity.web.http.ResponseStream;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexmaturity.sparql.GraphWriter;
import org.lexmaturity.sparql.Negotiation;
import org.lexmaturity.sparql.PublicData;
import org.lexmaturity.sparql.PublicView;
import org.lexmaturity.sparql.ResultFormat;
import org.lexmaturity.sparql.SparqlError;
import org.lexmaturity.store.Store;

/**
 * {@code /data}: the page listing the dumps (HTML) or the DCAT/VoID description (Turtle, JSON-LD, … by Accept, or
 * {@code /data/void.ttl}, {@code /data/void.jsonld}), and the dumps of the public graphs, streamed.
 */
public final class DataRoutes {
    private final PublicData data;
    private final Blocking blocking;
    private final Pages pages;

    public DataRoutes(Store store, Blocking blocking, Pages pages) {
        this.data = new PublicData(store, new PublicView(store.graphs().publicGraphs()));
        this.blocking = blocking;
        this.pages = pages;
    }

    public void mount(Router router) {
        router.get("/data").handler(this::catalogue);
        router.get("/data/void.ttl").handler(ctx -> description(ctx, ResultFormat.TURTLE));
        router.get("/data/void.jsonld").handler(ctx -> description(ctx, ResultFormat.JSON_LD));
        for (PublicData.Dump dump : PublicData.Dump.values()) {
            router.get("/data/" + dump.fileName()).handler(ctx -> dump(ctx, dump));
        }
    }

    private void catalogue(RoutingContext ctx) {
        ctx.response().putHeader("Vary", "Accept");
        Optional<ResultFormat> format;
        try {
            format = Negotiation.document(ctx.request().getParam("format"), ctx.request().getHeader("Accept"));
        } catch (SparqlError e) {
            throw new HttpException(e.status(), e.getMessage());
        }
        if (format.isPresent()) {
            description(ctx, format.get());
            return;
        }
        blocking.run(ctx, data::triplesPerGraph, counts -> pages.render(ctx, "data", Map.of("dumps", List.of(PublicData.Dump.values()),
                "counts", counts.entrySet().stream().map(e -> Map.entry(e.getKey().getURI(), e.getValue())).toList(),
                "total", counts.values().stream().mapToLong(Long::longValue).sum())));
    }

    private void description(RoutingContext ctx, ResultFormat format) {
        blocking.run(ctx, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GraphWriter.write(out, data.description(), format);
            return out.toByteArray();
        }, bytes -> ctx.response().putHeader("Content-Type", format.contentType()).putHeader("Access-Control-Allow-Origin", "*").end(Buffer.buffer(bytes)));
    }

    /** Streams a dump from one read transaction; a client that goes away just ends it. */
    private void dump(RoutingContext ctx, PublicData.Dump dump) {
        HttpServerResponse response = ctx.response();
        response.setChunked(true).putHeader("Content-Type", dump.contentType()).putHeader("Access-Control-Allow-Origin", "*")
                .putHeader("Content-Disposition", "attachment; filename=\"" + dump.fileName() + "\"");
        blocking.run(ctx, () -> {
            try {
                data.write(dump, new ResponseStream(response));
                return true;
            } catch (UncheckedIOException e) {
                return false;
            }
        }, written -> {
            if (written) {
                response.end();
            } else {
                ctx.request().connection().close();
            }
        });
    }
}
