package org.lexmaturity.web.surveys;

import java.util.ArrayList;
import org.lexmaturity.web.http.Blocking;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.HttpException;
import java.util.LinkedHashMap;
import org.lexmaturity.store.Store;
import org.lexmaturity.survey.SurveyCatalog;

/** {@code /api/surveys} and {@code /api/surveys/{id}/questions}: the questionnaire and the published aggregates. */
public final class SurveyRoutes {
    private final SurveyCatalog catalog;
    private final Blocking blocking;

    public SurveyRoutes(Store store, Blocking blocking) {
        this.catalog = new SurveyCatalog(store);
        this.blocking = blocking;
    }

    public void mount(Router router) {
        router.get("/api/surveys").handler(ctx -> blocking.run(ctx, catalog::surveys, surveys -> {
            JsonArray list = new JsonArray();
            surveys.forEach(s -> {
                JsonObject j = new JsonObject().put("id", s.id()).put("iri", s.iri()).put("title", new JsonObject(new LinkedHashMap<>(s.title())))
                        .put("respondents", s.respondents()).put("questions", s.questions());
                s.issued().ifPresent(d -> j.put("issued", d));
                list.add(j);
            });
            ctx.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("surveys", list).encodePrettily());
        }));
        router.get("/api/surveys/:id/questions").handler(ctx -> blocking.run(ctx, () -> catalog.questions(ctx.pathParam("id"))
                .orElseThrow(() -> new HttpException(404, "no survey " + ctx.pathParam("id"))), questions -> {
            JsonArray list = new JsonArray();
            questions.forEach(q -> {
                JsonObject j = new JsonObject().put("id", q.id()).put("iri", q.iri()).put("ordinal", q.ordinal()).put("kind", q.kind())
                        .put("text", new JsonObject(new LinkedHashMap<>(q.text())));
                q.min().ifPresent(m -> j.put("scaleMin", m));
                q.max().ifPresent(m -> j.put("scaleMax", m));
                q.theme().ifPresent(t -> j.put("theme", t));
                JsonObject dist = new JsonObject();
                q.distribution().forEach((type, counts) -> dist.put(type, new JsonObject(new LinkedHashMap<>(counts))));
                j.put("distribution", dist).put("suppressed", new JsonArray(new ArrayList<>(q.suppressed())));
                list.add(j);
            });
            ctx.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("survey", ctx.pathParam("id"))
                    .put("questions", list).encodePrettily());
        }));
    }
}
