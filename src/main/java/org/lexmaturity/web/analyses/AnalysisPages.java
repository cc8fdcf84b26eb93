package org.lexmaturity.web.analyses;

import java.text.Collator;
import java.util.Comparator;
import org.lexmaturity.web.http.Services;
import org.lexmaturity.kernel.Language;
import org.lexmaturity.web.http.Links;
import org.lexmaturity.web.http.UiLanguage;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lexmaturity.analysis.AnalysisDefinition;
import org.lexmaturity.analysis.AnalysisResult;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.auth.Role;
import org.lexmaturity.chart.ChartRenderer;
import org.lexmaturity.vocab.Vocabulary;

/**
 * {@code /analyses} (the catalogue in the page language: public analyses for everyone, the others for readers and
 * up) and {@code /analyses/{id}} (a form generated from the analysis's typed parameters, the result as a table and
 * a chart, and downloads that call the JSON API's {@code /api/analyses/{id}} and {@code chart.png|svg} with the
 * same parameters and language).
 */
public final class AnalysisPages {
    /** More rows than this are offered as downloads only: a page of ten thousand rows helps nobody. */
    static final int SHOWN_ROWS = 500;

    private final AnalysisRunner runner;
    private final ChartRenderer charts = new ChartRenderer();
    private final Blocking blocking;
    private final Pages pages;

    public AnalysisPages(Services services) {
        this.runner = services.analyses();
        this.blocking = services.blocking();
        this.pages = services.pages();
    }

    public void mount(Router router) {
        router.get("/analyses").handler(this::catalogue);
        router.get("/analyses/:id").handler(this::analysis);
    }

    /** An analysis in the catalogue, in the page language. */
    record Entry(String id, String title, String description, boolean publicData, String chart) {}

    private void catalogue(RoutingContext ctx) {
        String lang = UiLanguage.of(ctx);
        boolean reader = Access.role(ctx).includes(Role.READER);
        List<Entry> entries = runner.catalogue().all().stream().filter(d -> d.publicData() || reader)
                .map(d -> new Entry(d.id(), d.title(lang), text(d.description(), lang), d.publicData(), d.chart().type()))
                .sorted(Comparator.comparing(Entry::title, Collator.getInstance(Locale.forLanguageTag(lang))))
                .toList();
        long hidden = runner.catalogue().all().stream().filter(d -> !d.publicData()).count();
        pages.render(ctx, "analyses", Map.of("analyses", entries, "hiddenCount", reader ? 0L : hidden));
    }

    /** One form control for a parameter: a select when the values are known, else a typed input. */
    record Field(String name, String label, String control, String inputType, String value, List<Choice> choices, String step,
                 String hint) {}

    record Choice(String value, String label, boolean selected) {}

    /** The result as the page shows it: labels, formatted cells, the chart and the download links. */
    record Table(List<String> headers, List<Boolean> numeric, List<List<String>> rows, int total) {}

    record Chart(String src, String alt) {}

    record Download(String label, String href, String type) {}

    private void analysis(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        AnalysisDefinition def = runner.catalogue().find(id).orElseThrow(() -> new HttpException(404, "no analysis '" + id + "'"));
        if (!def.publicData()) {
            Role role = Access.role(ctx);
            if (!role.includes(Role.READER)) {
                throw new HttpException(role == Role.ANONYMOUS ? 401 : 403, "analysis " + id + " reads private survey data: sign in as a reader");
            }
        }
        String lang = UiLanguage.of(ctx);
        Map<String, String> given = new LinkedHashMap<>();
        for (AnalysisDefinition.Parameter p : def.parameters()) {
            String v = ctx.queryParams().get(p.name());
            if (v != null) {
                given.put(p.name(), v);
            }
        }
        blocking.run(ctx, () -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("a", new Entry(def.id(), def.title(lang), text(def.description(), lang), def.publicData(), def.chart().type()));
            try {
                AnalysisResult result = runner.run(id, given, lang);
                model.put("fields", fields(def, result.parameters(), lang));
                model.put("table", table(result, lang));
                String query = query(result.parameters(), lang);
                model.put("chart", chart(def, result, lang, query));
                model.put("downloads", downloads(def, query));
                model.put("error", "");
            } catch (IllegalArgumentException e) {
                model.put("fields", fields(def, given, lang));
                model.put("error", e.getMessage());
            } catch (AnalysisRunner.Timeout e) {
                model.put("fields", fields(def, given, lang));
                model.put("error", e.getMessage());
            }
            return model;
        }, model -> {
            if (!"".equals(model.get("error"))) {
                ctx.response().setStatusCode(400);
            }
            pages.render(ctx, "analysis", model);
        });
    }

    private List<Field> fields(AnalysisDefinition def, Map<String, String> values, String lang) {
        Vocabulary v = Vocabulary.shipped();
        List<Field> out = new ArrayList<>();
        for (AnalysisDefinition.Parameter p : def.parameters()) {
            String value = values.getOrDefault(p.name(), p.defaultValue().filter(d -> !d.equals("today")).orElse(""));
            String label = text(p.label(), lang);
            String hint = p.defaultValue().map(d -> pages.text().word(lang, "analyses.default") + " " + defaultText(d, lang)).orElse("");
            if (!p.allowed().isEmpty()) {
                List<Choice> choices = p.allowed().stream().map(a -> new Choice(a, a, a.equals(value))).collect(Collectors.toCollection(ArrayList::new));
                out.add(new Field(p.name(), label, "select", "", value, withEmpty(choices, p, value, lang), "", hint));
            } else if (p.type().startsWith("concept:")) {
                String scheme = p.type().substring("concept:".length());
                List<Choice> choices = new ArrayList<>();
                for (var n : v.concepts(scheme)) {
                    String code = Vocabulary.code(n);
                    choices.add(new Choice(code, v.label(n, lang), code.equals(value)));
                }
                out.add(new Field(p.name(), label, "select", "", value, withEmpty(choices, p, value, lang), "", hint));
            } else if (p.type().equals("boolean")) {
                List<Choice> choices = new ArrayList<>(List.of(new Choice("true", pages.text().word(lang, "analyses.yes"), value.equals("true")),
                        new Choice("false", pages.text().word(lang, "analyses.no"), value.equals("false"))));
                out.add(new Field(p.name(), label, "select", "", value, withEmpty(choices, p, value, lang), "", hint));
            } else {
                String type = switch (p.type()) {
                    case "date" -> "date";
                    case "integer", "decimal" -> "number";
                    case "iri" -> "url";
                    default -> "text";
                };
                out.add(new Field(p.name(), label, "input", type, value, List.of(), p.type().equals("decimal") ? "any" : "1", hint));
            }
        }
        return out;
    }

    /** A parameter without a default may stay unset: the analysis then covers every value. */
    private List<Choice> withEmpty(List<Choice> choices, AnalysisDefinition.Parameter p, String value, String lang) {
        if (p.defaultValue().isEmpty()) {
            choices.add(0, new Choice("", pages.text().word(lang, "analyses.any"), value.isEmpty()));
        }
        return choices;
    }

    private String defaultText(String d, String lang) {
        return d.equals("today") ? pages.text().word(lang, "analyses.today") : d;
    }

    private static Table table(AnalysisResult result, String lang) {
        List<AnalysisDefinition.Column> columns = result.columns();
        List<String> headers = columns.stream().map(c -> text(c.label(), lang)).toList();
        List<Boolean> numeric = columns.stream().map(c -> c.type().equals("integer") || c.type().equals("decimal")).toList();
        NumberFormat decimals = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang));
        decimals.setMinimumFractionDigits(0);
        decimals.setMaximumFractionDigits(2);
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : result.rows().subList(0, Math.min(SHOWN_ROWS, result.rows().size()))) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                cells.add(cell == null ? "" : cell instanceof BigDecimal b ? decimals.format(b) : cell.toString());
            }
            rows.add(cells);
        }
        return new Table(headers, numeric, rows, result.rows().size());
    }

    private Optional<Chart> chart(AnalysisDefinition def, AnalysisResult result, String lang, String query) {
        if (!ChartRenderer.hasChart(def) || result.rows().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Chart("/api/analyses/" + def.id() + "/chart.svg?" + query, charts.altText(result, lang)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // nothing drawable in these rows (no numeric value): the table says it all
        }
    }

    private static List<Download> downloads(AnalysisDefinition def, String query) {
        String base = "/api/analyses/" + def.id();
        List<Download> out = new ArrayList<>(List.of(new Download("CSV", base + "?format=csv&" + query, "text/csv"),
                new Download("XLSX", base + "?format=xlsx&" + query, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
        if (ChartRenderer.hasChart(def)) {
            out.add(new Download("PNG", base + "/chart.png?" + query, "image/png"));
            out.add(new Download("SVG", base + "/chart.svg?" + query, "image/svg+xml"));
        }
        return out;
    }

    /** The parameters in effect and the language, as a query string for the API. */
    private static String query(Map<String, String> params, String lang) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(Links.enc(k)).append('=').append(Links.enc(v)).append('&'));
        return q.append("lang=").append(lang).toString();
    }

    private static String text(Map<String, String> texts, String lang) {
        return Language.pick(texts, lang);
    }
}
