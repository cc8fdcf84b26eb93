package org.lexmaturity.web.surveys;

import java.util.Comparator;
import org.lexmaturity.web.http.Services;
import org.lexmaturity.web.http.Links;
import org.lexmaturity.kernel.Language;
import org.lexmaturity.web.http.UiLanguage;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Blocking;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexmaturity.analysis.AnalysisResult;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.chart.ChartRenderer;
import org.lexmaturity.survey.SurveyCatalog;
import org.lexmaturity.survey.SurveyCatalog.QuestionView;
import org.lexmaturity.survey.SurveyCatalog.SurveySummary;
import org.lexmaturity.survey.SurveyRdf;
import org.lexmaturity.vocab.Vocabulary;

/**
 * {@code /surveys} (the imported surveys, and for analysts the upload form) and {@code /surveys/{id}} (each question
 * with its published answer distribution per organisation type: a chart, its alt text, and the numbers as a table).
 * Only the public graph is read, so nothing here can show a single organisation's answer.
 */
public final class SurveyPages {
    /** The analysis whose chart shows one question's published distribution. */
    static final String DISTRIBUTION = "survey-answers-by-organisation-type";

    private final SurveyCatalog catalog;
    private final AnalysisRunner runner;
    private final ChartRenderer charts = new ChartRenderer();
    private final Blocking blocking;
    private final Pages pages;

    public SurveyPages(Services services) {
        this.catalog = new SurveyCatalog(services.store());
        this.runner = services.analyses();
        this.blocking = services.blocking();
        this.pages = services.pages();
    }

    public void mount(Router router) {
        router.get("/surveys").handler(this::list);
        router.get("/surveys/:id").handler(this::survey);
    }

    /** A survey in the list: its title in the page language. */
    record SurveyRow(String id, String title, String issued, long respondents, long questions) {}

    private void list(RoutingContext ctx) {
        String lang = UiLanguage.of(ctx);
        blocking.run(ctx, catalog::surveys, surveys -> pages.render(ctx, "surveys", Map.of(
                "surveys", surveys.stream().map(s -> row(s, lang)).toList(),
                "defaultThreshold", SurveyRdf.DEFAULT_THRESHOLD)));
    }

    private static SurveyRow row(SurveySummary s, String lang) {
        return new SurveyRow(s.id(), Language.pick(s.title(), lang), s.issued().orElse(""), s.respondents(), s.questions());
    }

    /**
     * One question as the page shows it. {@code values} head the table's columns (answer labels), {@code groups} are
     * its rows; {@code chart} is empty when nothing is published for the question (free text, or all suppressed).
     */
    record QuestionPage(String id, int ordinal, String text, String kind, String scale, String theme, List<String> values,
                        List<Group> groups, List<String> suppressed, Optional<Chart> chart) {}

    /** A row of the distribution table: an organisation type, the count per answer value, and the total. */
    record Group(String label, List<Long> counts, long total) {}

    record Chart(String src, String alt) {}

    private void survey(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String lang = UiLanguage.of(ctx);
        blocking.run(ctx, () -> {
            SurveySummary summary = catalog.surveys().stream().filter(s -> s.id().equals(id)).findFirst()
                    .orElseThrow(() -> new HttpException(404, "no survey " + id));
            List<QuestionPage> questions = new ArrayList<>();
            for (QuestionView q : catalog.questions(id).orElse(List.of())) {
                questions.add(question(id, q, lang));
            }
            return Map.<String, Object>of("survey", row(summary, lang), "questions", questions);
        }, model -> pages.render(ctx, "survey", model));
    }

    private QuestionPage question(String surveyId, QuestionView q, String lang) {
        Vocabulary v = Vocabulary.shipped();
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        q.distribution().values().forEach(m -> codes.addAll(m.keySet()));
        List<String> values = new ArrayList<>(codes);
        // scale values in order, then "don't know" and the other codes as they came
        values.sort(Comparator.comparing((String c) -> !c.matches("-?\\d+"))
                .thenComparingInt(c -> c.matches("-?\\d+") ? Integer.parseInt(c) : 0));
        List<Group> groups = new ArrayList<>();
        List<String> typeOrder = new ArrayList<>(q.distribution().keySet());
        typeOrder.sort(Comparator.comparing((String t) -> t.equals("all") ? Integer.MAX_VALUE
                : v.find("organisation-type", t).flatMap(v::ordinal).orElse(Integer.MAX_VALUE - 1)));
        for (String type : typeOrder) {
            Map<String, Long> counts = q.distribution().get(type);
            List<Long> row = values.stream().map(c -> counts.getOrDefault(c, 0L)).toList();
            groups.add(new Group(typeLabel(type, lang), row, row.stream().mapToLong(Long::longValue).sum()));
        }
        List<String> valueLabels = values.stream().map(c -> valueLabel(c, q.kind(), lang)).toList();
        String scale = q.min().flatMap(min -> q.max().map(max -> min + "–" + max)).orElse("");
        String theme = q.theme().map(t -> v.find("theme", t).map(n -> v.label(n, lang)).orElse(t)).orElse("");
        return new QuestionPage(q.id(), q.ordinal(), Language.pick(q.text(), lang), q.kind(), scale, theme, valueLabels, groups,
                q.suppressed().stream().map(t -> typeLabel(t, lang)).toList(), chart(surveyId, q, lang));
    }

    /** The chart of the published distribution, if there is one to draw: its address and alt text. */
    private Optional<Chart> chart(String surveyId, QuestionView q, String lang) {
        boolean anyType = q.distribution().keySet().stream().anyMatch(t -> !t.equals("all"));
        if (!anyType) {
            return Optional.empty();
        }
        Map<String, String> params = Map.of("survey", surveyId, "question", q.id());
        AnalysisResult result = runner.run(DISTRIBUTION, params, lang);
        if (result.rows().isEmpty()) {
            return Optional.empty();
        }
        String src = "/api/analyses/" + DISTRIBUTION + "/chart.svg?survey=" + Links.enc(surveyId) + "&question=" + Links.enc(q.id()) + "&lang=" + lang;
        return Optional.of(new Chart(src, charts.altText(result, lang)));
    }

    /** A Likert value with its label ("4 Somewhat agree"); "don't know" and "answered" (free text) in words. */
    private String valueLabel(String code, String kind, String lang) {
        if (code.equals("dont-know") || code.equals("answered")) {
            return pages.text().word(lang, "surveys.value." + code);
        }
        Vocabulary v = Vocabulary.shipped();
        return kind.equals("likert") ? v.find("agreement", code).map(n -> code + " " + v.label(n, lang)).orElse(code) : code;
    }

    private String typeLabel(String code, String lang) {
        if (code.equals("all")) {
            return pages.text().word(lang, "surveys.allTypes");
        }
        Vocabulary v = Vocabulary.shipped();
        return v.find("organisation-type", code).map(n -> v.label(n, lang)).orElse(code);
    }

}
