package org.lexmaturity.web.analyses;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.lexmaturity.sparql.AcceptHeader;
import org.lexmaturity.web.http.Services;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lexmaturity.analysis.AnalysisDefinition;
import org.lexmaturity.chart.ChartRenderer;
import org.lexmaturity.analysis.AnalysisFormat;
import org.lexmaturity.analysis.AnalysisResult;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.auth.Role;

/**
 * {@code GET /api/analyses} (the catalogue) and {@code GET /api/analyses/{id}} (one run, as JSON, CSV or XLSX by
 * {@code ?format=} or the Accept header). Query parameters other than {@code lang} and {@code format} are the
 * analysis's parameters. An analysis that reads the private survey graph ({@code public: false}) answers only
 * requests from this machine until sign-in with roles exists.
 */
public final class AnalysisRoutes {
    private static final List<String> RESERVED = List.of("lang", "format");

    private final AnalysisRunner runner;
    private final Blocking blocking;

    public AnalysisRoutes(Services services) {
        this.runner = services.analyses();
        this.blocking = services.blocking();
    }

    public void mount(Router router) {
        router.get("/api/analyses").handler(this::catalogue);
        router.get("/api/analyses/:id/chart.png").handler(ctx -> chart(ctx, true));
        router.get("/api/analyses/:id/chart.svg").handler(ctx -> chart(ctx, false));
        router.get("/api/analyses/:id").handler(this::run);
    }

    /**
     * The analysis's preferred chart, titles and axes in {@code ?lang=}, size by {@code ?width=&height=}
     * (100–4000 px); the alt text travels in a header so a page can put it on the image.
     */
    private void chart(RoutingContext ctx, boolean png) {
        String id = ctx.pathParam("id");
        AnalysisDefinition def = readable(ctx, id);
        if (!ChartRenderer.hasChart(def)) {
            throw new HttpException(404, "analysis " + id + " has no chart; it is a table");
        }
        String lang = Optional.ofNullable(ctx.request().getParam("lang")).orElse("fi");
        int width = size(ctx, "width", ChartRenderer.DEFAULT_WIDTH);
        int height = size(ctx, "height", ChartRenderer.DEFAULT_HEIGHT);
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParams().names().stream().filter(n -> !RESERVED.contains(n) && !n.equals("width") && !n.equals("height"))
                .forEach(n -> params.put(n, ctx.queryParams().get(n)));
        blocking.run(ctx, () -> {
            AnalysisResult result = run(id, params, lang);
            String alt = charts.altText(result, lang);
            return Map.entry(alt, png ? Buffer.buffer(charts.png(result, lang, width, height))
                    : Buffer.buffer(charts.svg(result, lang, width, height)));
        }, r -> ctx.response().putHeader("Content-Type", png ? "image/png" : "image/svg+xml; charset=utf-8")
                .putHeader("X-Alt-Text", URLEncoder.encode(r.getKey(), StandardCharsets.UTF_8))
                .putHeader("Cache-Control", "no-store").end(r.getValue()));
    }

    /** The analysis, if it exists and this caller may run it: the ones reading private data need a reader or above. */
    private AnalysisDefinition readable(RoutingContext ctx, String id) {
        AnalysisDefinition def = runner.catalogue().find(id).orElseThrow(() -> new HttpException(404, "no analysis '" + id + "'"));
        Role role = Access.role(ctx);
        if (!def.publicData() && !role.includes(Role.READER)) {
            throw new HttpException(role == Role.ANONYMOUS ? 401 : 403, "analysis " + id + " reads the private survey graph: sign in as a reader or above");
        }
        return def;
    }

    private AnalysisResult run(String id, Map<String, String> params, String lang) {
        try {
            return runner.run(id, params, lang);
        } catch (AnalysisRunner.Timeout e) {
            throw new HttpException(503, e.getMessage());
        }
    }

    private static int size(RoutingContext ctx, String name, int fallback) {
        String v = ctx.request().getParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < ChartRenderer.MIN_SIZE || n > ChartRenderer.MAX_SIZE) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new HttpException(400, name + " must be a whole number of pixels from " + ChartRenderer.MIN_SIZE + " to " + ChartRenderer.MAX_SIZE);
        }
    }

    private final ChartRenderer charts = new ChartRenderer();

    private void catalogue(RoutingContext ctx) {
        JsonArray list = new JsonArray();
        runner.catalogue().all().forEach(d -> list.add(definition(d)));
        ctx.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("analyses", list).encodePrettily());
    }

    private void run(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        readable(ctx, id);
        AnalysisFormat format = format(ctx);
        String lang = Optional.ofNullable(ctx.request().getParam("lang")).orElse("fi");
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParams().names().stream().filter(n -> !RESERVED.contains(n)).forEach(n -> params.put(n, ctx.queryParams().get(n)));
        blocking.run(ctx, () -> {
            AnalysisResult result = run(id, params, lang);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(result, lang, out);
            return out.toByteArray();
        }, bytes -> {
            ctx.response().putHeader("Content-Type", format.mediaType()).putHeader("Vary", "Accept");
            if (format != AnalysisFormat.JSON) {
                ctx.response().putHeader("Content-Disposition", "attachment; filename=\"" + id + "." + format.extension() + "\"");
            }
            ctx.response().end(Buffer.buffer(bytes));
        });
    }

    /** {@code ?format=} first; else the type of the Accept header we can produce that it prefers most; none: 406. */
    static AnalysisFormat format(RoutingContext ctx) {
        String name = ctx.request().getParam("format");
        if (name != null) {
            return AnalysisFormat.byName(name).orElseThrow(() -> new HttpException(400, "format '" + name + "' is not one of json, csv, xlsx"));
        }
        String accept = ctx.request().getHeader("Accept");
        // the one Accept parser of the project; JSON first, so a client that takes anything gets JSON
        List<String> offers = Arrays.stream(AnalysisFormat.values()).map(f -> f.mediaType().split(";")[0]).toList();
        Optional<AnalysisFormat> chosen = AcceptHeader.parse(accept).choose(offers).flatMap(AnalysisFormat::byMediaType);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        throw new HttpException(406, "analyses are served as application/json, text/csv or "
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, not " + accept);
    }

    static JsonObject definition(AnalysisDefinition d) {
        JsonArray params = new JsonArray();
        for (AnalysisDefinition.Parameter p : d.parameters()) {
            JsonObject j = new JsonObject().put("name", p.name()).put("type", p.type()).put("label", texts(p.label()));
            p.defaultValue().ifPresent(v -> j.put("default", v));
            if (!p.allowed().isEmpty()) {
                j.put("allowed", new JsonArray(new ArrayList<>(p.allowed())));
            }
            params.add(j);
        }
        JsonArray columns = new JsonArray();
        d.columns().forEach(c -> columns.add(new JsonObject().put("name", c.name()).put("type", c.type()).put("label", texts(c.label()))));
        JsonObject chart = new JsonObject().put("type", d.chart().type()).put("category", d.chart().category()).put("value", d.chart().value());
        d.chart().series().ifPresent(s -> chart.put("series", s));
        return new JsonObject().put("id", d.id()).put("href", "/api/analyses/" + d.id()).put("title", texts(d.title()))
                .put("description", texts(d.description())).put("public", d.publicData())
                .put("parameters", params).put("columns", columns).put("chart", chart);
    }

    private static JsonObject texts(Map<String, String> texts) {
        return new JsonObject(new LinkedHashMap<>(new TreeMap<>(texts)));
    }
}
