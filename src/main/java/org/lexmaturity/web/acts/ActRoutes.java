package org.lexmaturity.web.acts;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.NodeFactory;
import org.lexmaturity.auth.Role;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.maturity.ExpertAssessments;
import org.lexmaturity.maturity.MaturityService;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.ScreeningRun;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.StatuteCatalog.ActDetail;
import org.lexmaturity.statutes.StatuteCatalog.ActSummary;
import org.lexmaturity.statutes.StatuteCatalog.Hit;
import org.lexmaturity.statutes.StatuteCatalog.Provision;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.Vocabulary;
import org.lexmaturity.web.http.Access;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.PageMessages;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Services;
import org.lexmaturity.web.http.UiLanguage;

/**
 * The statute browser: {@code /acts} (filter by title, number and ministry; full-text search in provisions) and
 * {@code /acts/{year}/{number}} (one act: sections in Finnish and Swedish side by side with the screening findings
 * marked, the maturity profile with its evidence, the register barriers and the survey citations; for analysts
 * the expert assessment form, posted to {@code /acts/{year}/{number}/assessments}), as pages and as JSON under
 * {@code /api/acts}.
 */
public final class ActRoutes {
    /** The best-scoring provisions a search reaches at most, over all its pages. */
    private static final int SEARCH_LIMIT = 1000;

    private final StatuteCatalog catalog;
    private final MaturityService maturity;
    private final ExpertAssessments assessments;
    private final ActPage actPage;
    private final Blocking blocking;
    private final Pages pages;
    private final Store store;
    private final IndicatorRules indicators;

    public ActRoutes(Services services) {
        this.catalog = services.statutes();
        this.maturity = services.maturity();
        this.assessments = services.assessments();
        this.actPage = new ActPage(services.store(), catalog, maturity, services.register(), services.indicators(), services.analyses());
        this.store = services.store();
        this.indicators = services.indicators();
        this.blocking = services.blocking();
        this.pages = services.pages();
    }

    public void mount(Router router) {
        router.get("/acts").handler(this::listPage);
        router.get("/acts/:year/:number").handler(this::actPage);
        router.get("/acts/:year/:number/profile.svg").handler(this::radar);
        router.post("/acts/:year/:number/assessments").handler(Access.require(Role.ANALYST)).handler(this::assess);
        router.post("/acts/:year/:number/screening").handler(Access.require(Role.ANALYST)).handler(this::screen);
        router.get("/api/acts").handler(this::listJson);
        router.get("/api/acts/:year/:number").handler(this::actJson);
    }

    /** Acts a page of the list shows; the API takes {@code size} up to {@link #MAX_PAGE_SIZE}. */
    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    /**
     * The query of a list request: a title or number filter, words to find in provision texts of one language, and
     * a ministry (its code), and the page. A number may be written either way round: "13/2003" or "2003/13".
     */
    private record ListQuery(String q, String text, String lang, String ministry, int page, int size) {
        static ListQuery of(RoutingContext ctx) {
            String lang = param(ctx, "lang", "fi");
            if (!lang.equals("fi") && !lang.equals("sv")) {
                throw new HttpException(400, "lang must be fi or sv");
            }
            return new ListQuery(param(ctx, "q", ""), param(ctx, "text", ""), lang, param(ctx, "ministry", ""),
                    positive(ctx, "page", 1, Integer.MAX_VALUE / MAX_PAGE_SIZE), positive(ctx, "size", PAGE_SIZE, MAX_PAGE_SIZE));
        }

        /** "2016/9001" also read the other way round, "9001/2016": both are plausible numbers, the store decides. */
        String swapped() {
            return q.matches("\\d+[a-z]?/\\d+[a-z]?") ? q.substring(q.indexOf('/') + 1) + "/" + q.substring(0, q.indexOf('/')) : "";
        }

        /** The list's address with these filters on another page. */
        String pageLink(String path, int other) {
            StringBuilder b = new StringBuilder(path).append("?page=").append(other);
            for (var e : new String[][] {{"q", q}, {"text", text}, {"lang", text.isEmpty() ? "" : lang}, {"ministry", ministry}}) {
                if (!e[1].isEmpty()) {
                    b.append('&').append(e[0]).append('=').append(URLEncoder.encode(e[1], StandardCharsets.UTF_8));
                }
            }
            if (size != PAGE_SIZE) {
                b.append("&size=").append(size);
            }
            return b.toString();
        }
    }

    private static int positive(RoutingContext ctx, String name, int fallback, int max) {
        String v = param(ctx, name, "");
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new HttpException(400, name + " must be a whole number from 1 to " + max);
    }

    /**
     * {@code page}: one page of the acts (empty when searching the texts); {@code moreHits}: the search reached more
     * provisions than this page shows; {@code ministries}: code → IRI.
     */
    private record ListResult(StatuteCatalog.ActPage page, List<Hit> hits, boolean moreHits, Map<String, String> ministries) {}

    private ListResult list(ListQuery query) {
        Map<String, String> ministries = new TreeMap<>();
        catalog.ministries().keySet().forEach(iri -> ministries.put(iri.substring(iri.lastIndexOf('/') + 1), iri));
        String ministryIri = query.ministry().isEmpty() ? "" : ministries.getOrDefault(query.ministry(), "");
        if (!query.ministry().isEmpty() && ministryIri.isEmpty()) {
            // no act of that ministry: nothing to list, and no query to run
            return new ListResult(new StatuteCatalog.ActPage(List.of(), 0, query.page(), query.size()), List.of(), false, ministries);
        }
        if (!query.text().isBlank()) {
            // the index gives the best hits first: one page more than shown tells whether there are more
            long from = (long) (query.page() - 1) * query.size();
            int reach = (int) Math.min(SEARCH_LIMIT, ministryIri.isEmpty() ? from + query.size() + 1 : SEARCH_LIMIT);
            List<Hit> hits = catalog.search(query.text(), query.lang(), reach);
            if (!ministryIri.isEmpty()) {
                Set<String> inMinistry = catalog.actsOf(ministryIri);
                hits = hits.stream().filter(h -> inMinistry.contains(h.act())).toList();
            }
            List<Hit> shown = hits.stream().skip(from).limit(query.size()).toList();
            return new ListResult(new StatuteCatalog.ActPage(List.of(), 0, query.page(), query.size()), shown,
                    hits.size() > from + shown.size(), ministries);
        }
        StatuteCatalog.ActPage page = catalog.page(query.q(), ministryIri, query.page(), query.size());
        if (page.total() == 0 && !query.swapped().isEmpty()) {
            page = catalog.page(query.swapped(), ministryIri, query.page(), query.size());
        }
        return new ListResult(page, List.of(), false, ministries);
    }

    private static String ministryCode(ActSummary a) {
        return a.ministryIri().isEmpty() ? "" : a.ministryIri().substring(a.ministryIri().lastIndexOf('/') + 1);
    }

    /** The ministries by code, labelled in the page language and sorted by label. */
    private static Map<String, String> ministryLabels(Map<String, String> codes, String lang) {
        Map<String, String> byLabel = new TreeMap<>();
        codes.forEach((code, iri) -> byLabel.put(Vocabulary.shipped().label(NodeFactory.createURI(iri), lang), code));
        Map<String, String> out = new LinkedHashMap<>();
        byLabel.forEach((label, code) -> out.put(code, label));
        return out;
    }

    private void listPage(RoutingContext ctx) {
        ListQuery query = ListQuery.of(ctx);
        String lang = UiLanguage.of(ctx);
        blocking.run(ctx, () -> list(query), result -> {
            Map<String, String> ministries = ministryLabels(result.ministries(), lang);
            Map<String, String> actMinistry = new HashMap<>();
            result.page().acts().forEach(a -> actMinistry.put(a.iri(), ministries.getOrDefault(ministryCode(a), "")));
            StatuteCatalog.ActPage page = result.page();
            Map<String, Object> model = new HashMap<>();
            model.put("acts", page.acts());
            model.put("page", page);
            model.put("prevLink", page.page() > 1 ? query.pageLink("/acts", (int) Math.min(page.page() - 1, page.pages())) : "");
            model.put("nextLink", page.hasNext() ? query.pageLink("/acts", page.page() + 1) : "");
            model.put("hits", result.hits());
            model.put("hitsFrom", (long) (query.page() - 1) * query.size() + 1);
            model.put("prevHits", query.page() > 1 ? query.pageLink("/acts", query.page() - 1) : "");
            model.put("nextHits", result.moreHits() ? query.pageLink("/acts", query.page() + 1) : "");
            model.put("q", query.q());
            model.put("text", query.text());
            model.put("textLang", query.lang());
            model.put("ministry", query.ministry());
            model.put("ministries", ministries);
            model.put("actMinistry", actMinistry);
            pages.render(ctx, "acts", model);
        });
    }

    private void listJson(RoutingContext ctx) {
        ListQuery query = ListQuery.of(ctx);
        blocking.run(ctx, () -> list(query), result -> {
            JsonObject json = new JsonObject();
            if (!query.text().isBlank()) {
                JsonArray hits = new JsonArray();
                result.hits().forEach(h -> hits.add(new JsonObject().put("act", h.act()).put("number", h.number().local())
                        .put("provision", h.provision()).put("section", h.sectionNumber()).put("text", h.text()).put("score", h.score())));
                json.put("page", query.page()).put("pageSize", query.size()).put("hits", hits);
                if (result.moreHits()) {
                    json.put("next", query.pageLink("/api/acts", query.page() + 1));
                }
            } else {
                StatuteCatalog.ActPage page = result.page();
                JsonArray acts = new JsonArray();
                page.acts().forEach(a -> acts.add(summary(a)));
                json.put("total", page.total()).put("page", page.page()).put("pageSize", page.size()).put("acts", acts);
                if (page.hasNext()) {
                    json.put("next", query.pageLink("/api/acts", page.page() + 1));
                }
            }
            ctx.response().putHeader("Content-Type", "application/json").end(json.encode());
        });
    }

    private void actPage(RoutingContext ctx) {
        renderAct(ctx, number(ctx), null, 200);
    }

    /**
     * Screens the act's texts of the version posted (its current texts when none) and shows that version with its
     * findings; screening the current texts also stores the act's maturity scores anew.
     */
    private void screen(RoutingContext ctx) {
        ActNumber number = number(ctx);
        Optional<String> version = version(ctx.request().getFormAttribute("version"));
        blocking.run(ctx, () -> {
            ScreeningRun.Result r = new ScreeningRun(store, indicators, Clock.systemDefaultZone()).run(Optional.of(number), version);
            maturity.storeAutomatic(r.acts(), Instant.now());
            return r;
        }, r -> ctx.response().setStatusCode(303).putHeader("Location", "/acts/" + number.year() + "/" + number.number() + "?screened=1"
                + version.map(v -> "&version=" + URLEncoder.encode(v, StandardCharsets.UTF_8)).orElse("") + "#version-notice").end());
    }

    /** The {@code version} asked for ({@code alkup}, {@code ajantasa/YYYYMMDD} or a date), empty for the current texts. */
    static Optional<String> version(RoutingContext ctx) {
        return version(ctx.request().getParam("version"));
    }

    private static Optional<String> version(String v) {
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ActExpression.Version.parsePath(v));
        } catch (IllegalArgumentException e) {
            throw new HttpException(400, e.getMessage());
        }
    }

    /** The act page; {@code form} is the analyst's refused assessment to show again, or null. */
    private void renderAct(RoutingContext ctx, ActNumber number, AssessmentForm form, int status) {
        String lang = UiLanguage.of(ctx);
        Map<String, String> words = pages.text().words(lang);
        boolean seesQuotes = Access.role(ctx).seesQuotes();
        PageMessages msg = new PageMessages(pages.text(), lang);
        Optional<String> version = version(ctx);
        blocking.run(ctx, () -> actPage.read(number, version, lang, words, msg, seesQuotes, form), model -> {
            Map<String, Object> m = new HashMap<>(model.orElseThrow(() -> new HttpException(404, "No act " + number.local())));
            m.put("saved", "assessment".equals(ctx.request().getParam("saved")));
            if ("1".equals(ctx.request().getParam("screened"))) {
                m.put("screened", msg.of("acts.version.screened", "version", version.map(v -> ActPage.versionLabel(v, words, msg))
                        .orElse(words.get("acts.version.current")), "findings", ((List<?>) m.get("findings")).size()));
            }
            ctx.response().setStatusCode(status);
            pages.render(ctx, "act", m);
        });
    }

    private void radar(RoutingContext ctx) {
        ActNumber number = number(ctx);
        String lang = Optional.ofNullable(ctx.request().getParam("lang")).filter(UiLanguage.LANGUAGES::contains).orElse(UiLanguage.of(ctx));
        blocking.run(ctx, () -> actPage.radarSvg(number, lang), svg -> ctx.response()
                .putHeader("Content-Type", "image/svg+xml; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(svg.orElseThrow(() -> new HttpException(404, "No act " + number.local()))));
    }

    /**
     * Records an expert assessment from the form, with the same checks as {@code POST /api/acts/{y}/{n}/assessments}:
     * on success back to the act page (303) with a confirmation; refused, the page again with each problem at its
     * dimension and the analyst's input kept.
     */
    private void assess(RoutingContext ctx) {
        ActNumber number = number(ctx);
        AssessmentForm form = AssessmentForm.of(ctx.request().formAttributes());
        String agent = Access.userName(ctx);
        blocking.run(ctx, () -> {
            var act = maturity.act(number).orElseThrow(() -> new HttpException(404, "No act " + number.local()));
            List<String> dimensions = new ArrayList<>();
            Vocabulary.shipped().concepts("dimension").forEach(d -> dimensions.add(Vocabulary.code(d)));
            try {
                assessments.record(act, form.criteria(dimensions), agent);
                return true;
            } catch (Problems.Failed refused) {
                form.refused(refused.problems());
                return false;
            }
        }, recorded -> {
            if (recorded) {
                ctx.response().setStatusCode(303).putHeader("Location",
                        "/acts/" + number.year() + "/" + number.number() + "?saved=assessment#assessment").end();
            } else {
                renderAct(ctx, number, form, 422);
            }
        });
    }

    private void actJson(RoutingContext ctx) {
        ActNumber number = number(ctx);
        Optional<String> version = version(ctx);
        blocking.run(ctx, () -> catalog.get(number, version), act -> {
            ActDetail d = act.orElseThrow(() -> new HttpException(404, "No act " + number.local()));
            JsonArray versions = new JsonArray();
            d.versions().forEach(v -> versions.add(new JsonObject().put("language", v.language()).put("iri", v.iri())
                    .put("title", v.title()).put("format", v.format()).put("file", v.file()).put("version", v.version())
                    .put("consolidatedAsOf", v.consolidatedAsOf()).put("current", v.current())));
            JsonObject json = new JsonObject().put("iri", d.iri()).put("number", d.number().local()).put("type", d.type())
                    .put("date", d.date()).put("ministry", d.ministry()).put("demonstration", d.demonstration())
                    .put("versions", versions).put("shown", d.shown().isEmpty() ? "current" : d.shown())
                    .put("parts", parts(d.parts())).put("elsewhere", parts(d.elsewhere()));
            ctx.response().putHeader("Content-Type", "application/json").end(json.encode());
        });
    }

    private static JsonArray parts(List<Provision> parts) {
        JsonArray out = new JsonArray();
        for (Provision p : parts) {
            out.add(new JsonObject().put("iri", p.iri()).put("kind", p.kind()).put("number", p.number()).put("eId", p.eId())
                    .put("heading", new JsonObject(Map.copyOf(p.headings()))).put("text", new JsonObject(Map.copyOf(p.texts())))
                    .put("missingIn", new JsonArray(List.copyOf(p.missingIn()))).put("parts", parts(p.children())));
        }
        return out;
    }

    private static JsonObject summary(ActSummary a) {
        return new JsonObject().put("iri", a.iri()).put("number", a.number().local()).put("titleFi", a.titleFi())
                .put("titleSv", a.titleSv()).put("type", a.type()).put("date", a.date()).put("ministry", a.ministry())
                .put("demonstration", a.demonstration()).put("sections", a.sections())
                .put("ministryCode", ministryCode(a));
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
