package org.lexmaturity.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.List;
import java.util.Map;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.statutes.StatuteCatalog.ActDetail;
import org.lexmaturity.statutes.StatuteCatalog.ActSummary;
import org.lexmaturity.statutes.StatuteCatalog.Hit;
import org.lexmaturity.statutes.StatuteCatalog.Provision;
import org.lexmaturity.store.Store;

/**
 * The statute browser: {@code /acts} (list, filter by title or number, full-text search in provisions) and
 * {@code /acts/{year}/{number}} (one act, sections in Finnish and Swedish side by side), as pages and as JSON under
 * {@code /api/acts}.
 */
final class ActRoutes {
    private static final int SEARCH_LIMIT = 200;

    private final StatuteCatalog catalog;
    private final Blocking blocking;
    private final Pages pages;

    ActRoutes(Store store, Blocking blocking, Pages pages) {
        this.catalog = new StatuteCatalog(store);
        this.blocking = blocking;
        this.pages = pages;
    }

    void mount(Router router) {
        router.get("/acts").handler(this::listPage);
        router.get("/acts/:year/:number").handler(this::actPage);
        router.get("/api/acts").handler(this::listJson);
        router.get("/api/acts/:year/:number").handler(this::actJson);
    }

    /** The query of a list request: a title filter, or words to find in provision texts of one language. */
    private record ListQuery(String q, String text, String lang) {
        static ListQuery of(RoutingContext ctx) {
            String lang = param(ctx, "lang", "fi");
            if (!lang.equals("fi") && !lang.equals("sv")) {
                throw new HttpException(400, "lang must be fi or sv");
            }
            return new ListQuery(param(ctx, "q", ""), param(ctx, "text", ""), lang);
        }
    }

    private record ListResult(List<ActSummary> acts, List<Hit> hits) {}

    private ListResult list(ListQuery query) {
        if (!query.text().isBlank()) {
            return new ListResult(List.of(), catalog.search(query.text(), query.lang(), SEARCH_LIMIT));
        }
        return new ListResult(catalog.list(query.q()), List.of());
    }

    private void listPage(RoutingContext ctx) {
        ListQuery query = ListQuery.of(ctx);
        blocking.run(ctx, () -> list(query), result -> pages.render(ctx, "acts", Map.of(
                "acts", result.acts(), "hits", result.hits(), "q", query.q(), "text", query.text(), "textLang", query.lang())));
    }

    private void listJson(RoutingContext ctx) {
        ListQuery query = ListQuery.of(ctx);
        blocking.run(ctx, () -> list(query), result -> {
            JsonObject json = new JsonObject();
            if (!query.text().isBlank()) {
                JsonArray hits = new JsonArray();
                result.hits().forEach(h -> hits.add(new JsonObject().put("act", h.act()).put("number", h.number().local())
                        .put("provision", h.provision()).put("section", h.sectionNumber()).put("text", h.text()).put("score", h.score())));
                json.put("hits", hits);
            } else {
                JsonArray acts = new JsonArray();
                result.acts().forEach(a -> acts.add(summary(a)));
                json.put("acts", acts);
            }
            ctx.response().putHeader("Content-Type", "application/json").end(json.encode());
        });
    }

    private void actPage(RoutingContext ctx) {
        ActNumber number = number(ctx);
        blocking.run(ctx, () -> catalog.get(number), act -> {
            ActDetail detail = act.orElseThrow(() -> new HttpException(404, "No act " + number.local()));
            pages.render(ctx, "act", Map.of("act", detail));
        });
    }

    private void actJson(RoutingContext ctx) {
        ActNumber number = number(ctx);
        blocking.run(ctx, () -> catalog.get(number), act -> {
            ActDetail d = act.orElseThrow(() -> new HttpException(404, "No act " + number.local()));
            JsonArray versions = new JsonArray();
            d.versions().forEach(v -> versions.add(new JsonObject().put("language", v.language()).put("iri", v.iri())
                    .put("title", v.title()).put("format", v.format()).put("file", v.file())));
            JsonObject json = new JsonObject().put("iri", d.iri()).put("number", d.number().local()).put("type", d.type())
                    .put("date", d.date()).put("ministry", d.ministry()).put("demonstration", d.demonstration())
                    .put("versions", versions).put("parts", parts(d.parts()));
            ctx.response().putHeader("Content-Type", "application/json").end(json.encode());
        });
    }

    private static JsonArray parts(List<Provision> parts) {
        JsonArray out = new JsonArray();
        for (Provision p : parts) {
            out.add(new JsonObject().put("iri", p.iri()).put("kind", p.kind()).put("number", p.number()).put("eId", p.eId())
                    .put("heading", new JsonObject(Map.copyOf(p.headings()))).put("text", new JsonObject(Map.copyOf(p.texts())))
                    .put("parts", parts(p.children())));
        }
        return out;
    }

    private static JsonObject summary(ActSummary a) {
        return new JsonObject().put("iri", a.iri()).put("number", a.number().local()).put("titleFi", a.titleFi())
                .put("titleSv", a.titleSv()).put("type", a.type()).put("date", a.date()).put("ministry", a.ministry())
                .put("demonstration", a.demonstration()).put("sections", a.sections());
    }

    private static ActNumber number(RoutingContext ctx) {
        try {
            return ActNumber.parseYearFirst(ctx.pathParam("year") + "/" + ctx.pathParam("number"));
        } catch (IllegalArgumentException e) {
            throw new HttpException(400, e.getMessage());
        }
    }

    private static String param(RoutingContext ctx, String name, String fallback) {
        String v = ctx.request().getParam(name);
        return v == null ? fallback : v.trim();
    }
}
