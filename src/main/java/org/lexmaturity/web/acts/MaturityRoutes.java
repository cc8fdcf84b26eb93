package org.lexmaturity.web.acts;

import org.lexmaturity.kernel.Language;
import org.lexmaturity.web.http.Services;
import org.lexmaturity.web.http.RawBody;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.lexmaturity.maturity.ActMaturity;
import org.lexmaturity.maturity.ExpertAssessments;
import org.lexmaturity.maturity.MaturityService;
import org.lexmaturity.screening.DraftReader;
import org.lexmaturity.screening.DraftScreening;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.auth.Role;
import org.lexmaturity.vocab.Vocabulary;

/**
 * The maturity model over HTTP: {@code /api/indicators}, {@code /api/acts/{y}/{n}/findings},
 * {@code /api/acts/{y}/{n}/maturity}, expert assessments ({@code POST /api/acts/{y}/{n}/assessments}) and draft
 * screening ({@code POST /api/screenings}, a DOCX or text body; nothing of the draft is stored).
 */
public final class MaturityRoutes {
    private final MaturityService service;
    private final ExpertAssessments assessments;
    private final IndicatorRules indicators;
    private final DraftScreening drafts;
    private final Blocking blocking;

    public MaturityRoutes(Services services) {
        this.indicators = services.indicators();
        this.service = services.maturity();
        this.assessments = services.assessments();
        this.drafts = new DraftScreening(indicators);
        this.blocking = services.blocking();
    }

    public void mount(Router router) {
        router.get("/api/indicators").handler(this::indicatorList);
        router.get("/api/acts/:year/:number/findings").handler(ctx -> {
            ActNumber n = number(ctx);
            Optional<String> version = ActRoutes.version(ctx);
            blocking.run(ctx, () -> service.findings(n, version).orElseThrow(() -> new HttpException(404, "no act " + n.local())), list -> {
                JsonArray a = new JsonArray();
                list.forEach(f -> a.add(new JsonObject().put("finding", f.finding().getURI()).put("provision", f.provision().getURI())
                        .put("indicator", f.indicator()).put("language", f.language()).put("text", f.text()).put("start", f.start()).put("end", f.end())));
                json(ctx, 200, new JsonObject().put("act", n.local()).put("ruleVersion", indicators.version())
                        .put("textVersion", version.orElse("current")).put("findings", a));
            });
        });
        router.get("/api/acts/:year/:number/maturity").handler(ctx -> {
            ActNumber n = number(ctx);
            blocking.run(ctx, () -> service.maturity(n).orElseThrow(() -> new HttpException(404, "no act " + n.local())),
                    m -> json(ctx, 200, maturity(n, m)));
        });
        router.post("/api/acts/:year/:number/assessments").handler(BodyHandler.create(false).setBodyLimit(RawBody.MAX_JSON_BYTES))
                .handler(Access.require(Role.ANALYST)).handler(ctx -> {
                    ActNumber n = number(ctx);
                    List<ExpertAssessments.Criterion> criteria = criteria(ctx);
                    blocking.run(ctx, () -> {
                        var act = service.act(n).orElseThrow(() -> new HttpException(404, "no act " + n.local()));
                        assessments.record(act, criteria, Access.userName(ctx));
                        return service.maturity(n).orElseThrow();
                    }, m -> json(ctx, 201, maturity(n, m)));
                });
        router.post("/api/screenings").handler(Access.require(Role.READER)).handler(RawBody.limitedTo(DraftReader.MAX_BYTES)).handler(ctx -> {
            String lang = ctx.queryParams().get("lang");
            if (lang != null && !Language.ALL.contains(lang)) {
                throw new HttpException(400, "lang must be fi, sv or en");
            }
            String name = ctx.queryParams().get("name") != null ? ctx.queryParams().get("name") : "draft";
            byte[] bytes = RawBody.of(ctx);
            blocking.run(ctx, () -> drafts.screen(DraftReader.read(name, bytes), lang), sections -> {
                JsonArray a = new JsonArray();
                sections.forEach(s -> {
                    JsonArray f = new JsonArray();
                    s.findings().forEach(x -> f.add(new JsonObject().put("indicator", x.indicator()).put("polarity", x.polarity().name().toLowerCase())
                            .put("mitigated", x.mitigated()).put("text", x.text()).put("start", x.start()).put("end", x.end()).put("dimension", x.dimension())
                            .put("principles", new JsonArray(new ArrayList<>(x.principles())))
                            .put("label", new JsonObject(new LinkedHashMap<>(x.label()))).put("suggestion", new JsonObject(new LinkedHashMap<>(x.suggestion())))));
                    a.add(new JsonObject().put("section", s.ordinal()).put("heading", s.heading()).put("language", s.language())
                            .put("languageGuessed", s.guessed()).put("screened", s.screened()).put("findings", f));
                });
                json(ctx, 200, new JsonObject().put("ruleVersion", drafts.ruleVersion()).put("morphology", morphology(drafts))
                        .put("stored", false).put("sections", a));
            });
        });
    }

    private void indicatorList(RoutingContext ctx) {
        JsonArray a = new JsonArray();
        indicators.indicators().forEach(i -> {
            JsonObject j = new JsonObject().put("code", i.code()).put("iri", i.iri().getURI()).put("polarity", i.polarity().name().toLowerCase())
                    .put("dimension", Vocabulary.code(i.dimension())).put("weight", i.weight())
                    .put("label", new JsonObject(new LinkedHashMap<>(i.label()))).put("suggestion", new JsonObject(new LinkedHashMap<>(i.suggestion())));
            i.barrierType().ifPresent(b -> j.put("barrierType", Vocabulary.code(b)));
            JsonArray counters = new JsonArray();
            i.counters().forEach(c -> counters.add(Vocabulary.code(c)));
            j.put("counters", counters);
            a.add(j);
        });
        json(ctx, 200, new JsonObject().put("ruleVersion", indicators.version()).put("indicators", a));
    }

    /** Per language, the analyser the lemma rules use, or why that language is screened with regular expressions only. */
    private static JsonObject morphology(DraftScreening drafts) {
        JsonObject o = new JsonObject();
        drafts.morphology().forEach(m -> o.put(m.language(), new JsonObject().put("lemmaRules", m.on()).put("detail", m.detail())));
        return o;
    }

    private static ActNumber number(RoutingContext ctx) {
        try {
            return ActNumber.parseYearFirst(ctx.pathParam("year") + "/" + ctx.pathParam("number"));
        } catch (IllegalArgumentException e) {
            throw new HttpException(400, e.getMessage());
        }
    }

    private static List<ExpertAssessments.Criterion> criteria(RoutingContext ctx) {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            throw new HttpException(400, "the body is not a JSON object");
        }
        if (body == null || body.getJsonArray("criteria") == null) {
            throw new HttpException(400, "expected {\"criteria\": [{\"dimension\", \"verdict\", \"comment\", \"provisions\"}]}");
        }
        List<ExpertAssessments.Criterion> out = new ArrayList<>();
        for (Object o : body.getJsonArray("criteria")) {
            if (!(o instanceof JsonObject c)) {
                throw new HttpException(400, "each criterion is a JSON object");
            }
            List<String> provisions = new ArrayList<>();
            JsonArray p = c.getJsonArray("provisions");
            if (p != null) {
                p.forEach(x -> provisions.add(String.valueOf(x)));
            }
            out.add(new ExpertAssessments.Criterion(c.getString("dimension", ""), c.getString("verdict", ""), c.getString("comment"), provisions));
        }
        return out;
    }

    static JsonObject maturity(ActNumber n, ActMaturity m) {
        JsonArray dims = new JsonArray();
        for (ActMaturity.Dimension d : m.dimensions()) {
            JsonArray ev = new JsonArray();
            d.evidence().forEach(e -> {
                JsonObject j = new JsonObject().put("kind", e.kind()).put("code", e.code()).put("effect", e.effect())
                        .put("texts", new JsonArray(new ArrayList<>(e.texts())));
                e.resource().ifPresent(r -> j.put("resource", r.getURI()));
                e.provision().ifPresent(p -> j.put("provision", p.getURI()));
                ev.add(j);
            });
            JsonObject j = new JsonObject().put("dimension", Vocabulary.code(d.dimension()))
                    .put("label", new JsonObject().put("fi", Vocabulary.shipped().label(d.dimension(), "fi"))
                            .put("sv", Vocabulary.shipped().label(d.dimension(), "sv")).put("en", Vocabulary.shipped().label(d.dimension(), "en")))
                    .put("score", d.score()).put("automaticLevel", d.automaticLevel()).put("level", d.level()).put("counts", d.counts()).put("evidence", ev);
            d.expertVerdict().ifPresent(v -> j.put("expertVerdict", v));
            d.expertLevel().ifPresent(v -> j.put("expertLevel", v));
            d.expertComment().ifPresent(v -> j.put("expertComment", v));
            dims.add(j);
        }
        JsonObject out = new JsonObject().put("act", n.local()).put("iri", m.act().getURI()).put("rulesVersion", m.rulesVersion())
                .put("indicatorVersion", m.indicatorVersion()).put("dimensions", dims);
        m.overall().ifPresent(o -> out.put("overallLevel", o));
        m.expert().ifPresent(e -> out.put("expertAssessment", new JsonObject().put("iri", e.assessment().getURI()).put("at", e.at().toString()).put("by", e.by())));
        return out;
    }

    private static void json(RoutingContext ctx, int status, JsonObject body) {
        if (!Access.role(ctx).includes(Role.READER)) {
            // who assessed is an account name, possibly a person's: readers and up only
            JsonObject expert = body.getJsonObject("expertAssessment");
            if (expert != null) {
                expert.remove("by");
            }
            JsonArray dims = body.getValue("dimensions") instanceof JsonArray a ? a : new JsonArray();
            dims.forEach(d -> {
                if (d instanceof JsonObject o && o.getValue("expertAssessment") instanceof JsonObject e) {
                    e.remove("by");
                }
            });
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encodePrettily());
    }
}
