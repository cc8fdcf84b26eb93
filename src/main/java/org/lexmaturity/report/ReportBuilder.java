package org.lexmaturity.report;

import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.survey.Quotes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.lexmaturity.analysis.AnalysisDefinition;
import org.lexmaturity.analysis.AnalysisResult;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.chart.ChartRenderer;
import org.lexmaturity.maturity.ActMaturity;
import org.lexmaturity.maturity.MaturityRules;
import org.lexmaturity.maturity.MaturityService;
import org.lexmaturity.register.BarrierRegister;
import org.lexmaturity.screening.DraftReader;
import org.lexmaturity.screening.DraftScreening;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.store.Store;
import org.lexmaturity.survey.SurveyCatalog;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Builds a {@link ReportDocument} from a report definition: runs its analyses (parameters bound, as everywhere),
 * draws their charts, takes key figures from analysis results, and fills the built-in parts from the maturity
 * model, the register, the survey and the draft screener. Every number in the document comes from an analysis
 * or the maturity model and names its source.
 */
public final class ReportBuilder {
    private final Store store;
    private final AnalysisRunner analyses;
    private final ChartRenderer charts = new ChartRenderer();
    private final MaturityService maturity;
    private final IndicatorRules indicators;
    private final MaturityRules rules;
    private final Clock clock;
    private final Vocabulary vocabulary = Vocabulary.shipped();

    public ReportBuilder(Store store, AnalysisRunner analyses, Clock clock) {
        this.store = store;
        this.analyses = analyses;
        this.indicators = IndicatorRules.shipped();
        this.rules = MaturityRules.shipped();
        this.maturity = new MaturityService(store, rules, indicators);
        this.clock = clock;
    }

    public ReportDocument build(ReportRequest request) {
        ReportDefinition def = ReportDefinition.load(request.type());
        def.check(analyses.catalogue());
        String lang = request.language();
        Map<String, String> vars = variables(def, request);
        List<ReportDocument.Block> blocks = new ArrayList<>();
        Map<String, String> params = reportParams(request);
        Counter counter = new Counter();
        for (ReportDefinition.Section s : def.sections()) {
            if (s.pageBreak() && !blocks.isEmpty()) {
                blocks.add(new ReportDocument.PageBreak());
            }
            String heading = fill(s.heading().getOrDefault(lang, ""), vars);
            if (!heading.isEmpty()) {
                blocks.add(new ReportDocument.Heading(1, heading));
            }
            paragraphs(fill(s.text().getOrDefault(lang, ""), vars)).forEach(blocks::add);
            if (!s.keyFigures().isEmpty()) {
                List<ReportDocument.KeyFigure> figures = new ArrayList<>();
                for (ReportDefinition.KeyFigure k : s.keyFigures()) {
                    keyFigure(k, params, request).ifPresent(figures::add);
                }
                blocks.add(new ReportDocument.KeyFigures(figures));
            }
            if (s.forEach() != null) {
                for (Node concept : vocabulary.concepts(s.forEach())) {
                    blocks.add(new ReportDocument.Heading(2, vocabulary.label(concept, lang)));
                    Map<String, String> p = new LinkedHashMap<>(params);
                    p.put(s.bind() == null ? s.forEach() : s.bind(), Vocabulary.code(concept));
                    for (ReportDefinition.AnalysisUse a : s.analyses()) {
                        analysis(a, p, request, counter, blocks);
                    }
                }
            } else {
                for (ReportDefinition.AnalysisUse a : s.analyses()) {
                    analysis(a, params, request, counter, blocks);
                }
            }
            if (s.part() != null) {
                part(s, request, counter, blocks);
            }
        }
        return new ReportDocument(def.id(), lang, fill(def.title(lang), vars), fill(def.subtitle().getOrDefault(lang, ""), vars),
                LocalDate.now(clock), blocks);
    }

    /** Numbers tables and figures as the writers caption them, and keeps the same table for a figure. */
    private static final class Counter {
        int tables;
        int figures;
    }

    private Map<String, String> reportParams(ReportRequest r) {
        Map<String, String> p = new LinkedHashMap<>();
        r.from().ifPresent(d -> p.put("from", d.toString()));
        r.to().ifPresent(d -> p.put("to", d.toString()));
        r.act().ifPresent(a -> p.put("act", a.local()));
        return p;
    }

    private Map<String, String> variables(ReportDefinition def, ReportRequest r) {
        Map<String, String> v = new HashMap<>();
        v.put("rules", rules.version());
        v.put("indicators", indicators.version());
        v.put("date", LocalDate.now(clock).toString());
        v.put("from", r.from().map(LocalDate::toString).orElse(""));
        v.put("to", r.to().map(LocalDate::toString).orElse(""));
        r.act().ifPresent(a -> {
            v.put("act", a.local());
            v.put("actTitle", actTitle(a, r.language()));
        });
        r.draft().ifPresent(d -> v.put("draft", d.name()));
        return v;
    }

    private String actTitle(ActNumber a, String lang) {
        return new StatuteCatalog(store).get(a)
                .map(d -> d.title(lang).isEmpty() ? d.title("fi") : d.title(lang)).orElse("");
    }

    private static String fill(String text, Map<String, String> vars) {
        String t = text;
        for (var e : vars.entrySet()) {
            t = t.replace("{" + e.getKey() + "}", e.getValue());
        }
        return t;
    }

    private static List<ReportDocument.Paragraph> paragraphs(String text) {
        List<ReportDocument.Paragraph> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(new ReportDocument.Paragraph(p.strip().replaceAll("\\s*\\n\\s*", " ")));
            }
        }
        return out;
    }

    /** Parameters the analysis declares, from the report's and the use's own. */
    private static Map<String, String> paramsFor(AnalysisDefinition def, Map<String, String> report, Map<String, String> own) {
        Map<String, String> p = new LinkedHashMap<>();
        for (AnalysisDefinition.Parameter param : def.parameters()) {
            if (own.containsKey(param.name())) {
                p.put(param.name(), own.get(param.name()));
            } else if (report.containsKey(param.name())) {
                p.put(param.name(), report.get(param.name()));
            }
        }
        return p;
    }

    private Optional<ReportDocument.KeyFigure> keyFigure(ReportDefinition.KeyFigure k, Map<String, String> params, ReportRequest r) {
        AnalysisDefinition def = analyses.catalogue().get(k.analysis());
        if (!def.publicData() && !r.audience().seesPrivateAggregates()) {
            return Optional.empty();
        }
        AnalysisResult result = analyses.run(def.id(), paramsFor(def, params, k.params()), r.language());
        String value;
        String source = k.source() == null ? "count" : k.source();
        if (source.equals("count")) {
            value = ReportLanguage.of(r.language()).cellText((long) result.rows().size());
        } else if (source.startsWith("sum:")) {
            int c = result.column(source.substring(4));
            BigDecimal sum = BigDecimal.ZERO;
            for (List<Object> row : result.rows()) {
                if (row.get(c) instanceof Number n) {
                    sum = sum.add(new BigDecimal(n.toString()));
                }
            }
            value = ReportLanguage.of(r.language()).cellText(sum);
        } else if (source.startsWith("first:")) {
            int c = result.column(source.substring(6));
            value = result.rows().isEmpty() ? "–" : ReportLanguage.of(r.language()).cellText(result.rows().get(0).get(c));
        } else {
            throw new IllegalStateException("key figure value must be count, sum:COLUMN or first:COLUMN, not " + source);
        }
        return Optional.of(new ReportDocument.KeyFigure(k.label().getOrDefault(r.language(), k.analysis()), value,
                Formats.source(def.id(), r.language())));
    }

    private void analysis(ReportDefinition.AnalysisUse use, Map<String, String> params, ReportRequest r, Counter counter, List<ReportDocument.Block> blocks) {
        AnalysisDefinition def = analyses.catalogue().get(use.id());
        String lang = r.language();
        if (!def.publicData() && !r.audience().seesPrivateAggregates()) {
            blocks.add(new ReportDocument.Paragraph(Formats.privateDataOnly(def.title(lang), lang)));
            return;
        }
        AnalysisResult result = analyses.run(def.id(), paramsFor(def, params, use.params()), lang);
        String caption = use.caption().getOrDefault(lang, def.title(lang));
        ReportDocument.Table table = table(result, caption, lang);
        if (result.rows().isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(Formats.noData(lang) + ": " + caption));
            return;
        }
        if (use.chart() && ChartRenderer.hasChart(def)) {
            counter.figures++;
            blocks.add(new ReportDocument.Figure(caption, charts.altText(result, lang), charts.png(result, lang, 1200, 720),
                    charts.svg(result, lang, ChartRenderer.DEFAULT_WIDTH, ChartRenderer.DEFAULT_HEIGHT), 1200, 720,
                    Formats.source(def.id(), lang), def.chart().type(), table));
        }
        if (use.table()) {
            counter.tables++;
            blocks.add(table);
        }
    }

    /** The analysis result as a table: the columns meant for people (codes and IRIs left out). */
    static ReportDocument.Table table(AnalysisResult result, String caption, String lang) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            String type = result.columns().get(i).type();
            if (!type.equals("code") && !type.equals("iri")) {
                shown.add(i);
            }
        }
        List<String> headers = shown.stream().map(i -> label(result.columns().get(i), lang)).toList();
        List<Boolean> numeric = shown.stream().map(i -> List.of("integer", "decimal").contains(result.columns().get(i).type())).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            List<Object> cells = new ArrayList<>();
            shown.forEach(i -> cells.add(row.get(i) == null ? "" : row.get(i)));
            rows.add(cells);
        }
        return new ReportDocument.Table(caption, headers, numeric, rows, Formats.source(result.definition().id(), lang));
    }

    private static String label(AnalysisDefinition.Column c, String lang) {
        return c.label().getOrDefault(lang, c.label().getOrDefault("en", c.name()));
    }

    private void part(ReportDefinition.Section s, ReportRequest r, Counter counter, List<ReportDocument.Block> blocks) {
        String lang = r.language();
        switch (s.part()) {
            case "act-evidence" -> actEvidence(s, r, blocks);
            case "act-maturity" -> actMaturity(r.act().orElseThrow(() -> new IllegalArgumentException("this report needs --act YEAR/NUMBER")),
                    r, counter, blocks);
            case "survey-questions" -> surveyQuestions(s, r, counter, blocks);
            case "draft-findings" -> draftFindings(r.draft().orElseThrow(() -> new IllegalArgumentException("this report needs --draft FILE")),
                    lang, blocks);
            default -> throw new IllegalStateException("unknown part " + s.part());
        }
    }

    /** For the top acts of the priority list: their flagged provisions, barriers with proposed actions, and quotes. */
    private void actEvidence(ReportDefinition.Section s, ReportRequest r, List<ReportDocument.Block> blocks) {
        String lang = r.language();
        int limit = Integer.parseInt(s.partOptions().getOrDefault("limit", "5"));
        AnalysisDefinition ranking = analyses.catalogue().get(s.partOptions().getOrDefault("analysis", "priority-ranking"));
        if (!ranking.publicData() && !r.audience().seesPrivateAggregates()) {
            blocks.add(new ReportDocument.Paragraph(Formats.privateDataOnly(ranking.title(lang), lang)));
            return;
        }
        AnalysisResult result = analyses.run(ranking.id(), Map.of("limit", String.valueOf(limit)), lang);
        int actColumn = result.column("act");
        BarrierRegister register = new BarrierRegister(store, clock);
        for (List<Object> row : result.rows()) {
            ActNumber number = ActNumber.parseLocal(String.valueOf(row.get(actColumn)));
            ActMaturity m = maturity.maturity(number).orElseThrow();
            blocks.add(new ReportDocument.Heading(2, number.local() + " " + actTitle(number, lang)));
            blocks.add(new ReportDocument.Paragraph(Formats.levelsSentence(m, lang)));
            List<List<Object>> flagged = new ArrayList<>();
            List<List<Object>> barriers = new ArrayList<>();
            for (ActMaturity.Dimension d : m.dimensions()) {
                for (ActMaturity.Evidence e : d.evidence()) {
                    if (e.kind().equals("barrier-finding")) {
                        flagged.add(List.of(Formats.provision(e.provision().orElse(null)), indicators.byCode(e.code()).map(i -> i.label(lang)).orElse(e.code()),
                                String.join(" / ", e.texts())));
                    } else if (e.kind().equals("register-barrier")) {
                        register.barrier(e.code()).ifPresent(v -> barriers.add(List.of(v.barrier().id(),
                                v.barrier().title().getOrDefault(lang, v.barrier().title().values().stream().findFirst().orElse("")),
                                vocabulary.label(v.barrier().status(), lang),
                                v.barrier().action().map(a -> vocabulary.label(a, lang)).orElse("–"))));
                    }
                }
            }
            if (!flagged.isEmpty()) {
                blocks.add(new ReportDocument.Table(Formats.flaggedCaption(number, lang), Formats.flaggedHeaders(lang), List.of(false, false, false),
                        flagged, Formats.source("screening " + indicators.version(), lang)));
            }
            if (!barriers.isEmpty()) {
                blocks.add(new ReportDocument.Table(Formats.barriersCaption(number, lang), Formats.barrierHeaders(lang), List.of(false, false, false, false),
                        barriers, Formats.source("register", lang)));
            }
            if (r.audience().seesQuotes()) {
                for (Quotes.Quote q : Quotes.forAct(store, m.act(), lang, 3)) {
                    blocks.add(new ReportDocument.Quote(q.text(), q.attribution()));
                }
            }
        }
    }

    private void actMaturity(ActNumber number, ReportRequest r, Counter counter, List<ReportDocument.Block> blocks) {
        String lang = r.language();
        ActMaturity m = maturity.maturity(number).orElseThrow(() -> new IllegalArgumentException("act " + number.local() + " is not in the store"));
        blocks.add(new ReportDocument.Paragraph(Formats.levelsSentence(m, lang)));
        AnalysisResult result = ProfileChart.of(number, m, lang);
        AnalysisDefinition radar = result.definition();
        List<List<Object>> table = new ArrayList<>();
        for (ActMaturity.Dimension d : m.dimensions()) {
            table.add(List.of(vocabulary.label(d.dimension(), lang), BigDecimal.valueOf(d.score()), (long) d.automaticLevel(),
                    d.expertVerdict().map(v -> Formats.verdict(v, lang)).orElse("–"), (long) d.level(), Formats.counts(d.counts(), lang)));
        }
        ReportDocument.Table scores = new ReportDocument.Table(Formats.scoresCaption(number, lang), Formats.scoreHeaders(lang),
                List.of(false, true, true, false, true, false), table, Formats.source("maturity " + m.rulesVersion(), lang));
        blocks.add(new ReportDocument.Figure(radar.title(lang), charts.altText(result, lang), charts.png(result, lang, 1000, 800),
                charts.svg(result, lang, 700, 560), 1000, 800, Formats.source("maturity " + m.rulesVersion(), lang), "radar", scores));
        blocks.add(scores);
        for (ActMaturity.Dimension d : m.dimensions()) {
            if (d.evidence().isEmpty()) {
                continue;
            }
            blocks.add(new ReportDocument.Heading(2, vocabulary.label(d.dimension(), lang)));
            List<List<Object>> ev = new ArrayList<>();
            for (ActMaturity.Evidence e : d.evidence()) {
                ev.add(List.of(Formats.evidenceKind(e.kind(), lang), e.code(), Formats.provision(e.provision().orElse(null)),
                        String.join(" / ", e.texts()), BigDecimal.valueOf(e.effect())));
            }
            blocks.add(new ReportDocument.Table(Formats.evidenceCaption(vocabulary.label(d.dimension(), lang), lang), Formats.evidenceHeaders(lang),
                    List.of(false, false, false, false, true), ev, Formats.source("maturity " + m.rulesVersion(), lang)));
        }
    }

    private void surveyQuestions(ReportDefinition.Section s, ReportRequest r, Counter counter, List<ReportDocument.Block> blocks) {
        String lang = r.language();
        String survey = s.partOptions().getOrDefault("survey", "vm-esteet-2025");
        var questions = new SurveyCatalog(store).questions(survey).orElseThrow(() -> new IllegalArgumentException("no survey " + survey));
        for (var q : questions) {
            if (q.kind().equals("text")) {
                continue;
            }
            blocks.add(new ReportDocument.Heading(2, q.id().toUpperCase() + " " + q.text().getOrDefault(lang, q.text().values().stream().findFirst().orElse(""))));
            analysis(new ReportDefinition.AnalysisUse("survey-answers-by-organisation-type", Map.of("survey", survey, "question", q.id()), true, true,
                    Map.of()), Map.of(), r, counter, blocks);
            if (!q.suppressed().isEmpty()) {
                blocks.add(new ReportDocument.Paragraph(Formats.suppressedNote(q.suppressed().stream().map(t ->
                        vocabulary.find("organisation-type", t).map(c -> vocabulary.label(c, lang)).orElse(t)).toList(), lang)));
            }
        }
    }

    private void draftFindings(ReportRequest.Draft draft, String lang, List<ReportDocument.Block> blocks) {
        // the draft's own language decides the patterns (guessed per section), not the language of the report: a
        // Finnish draft in a Swedish report must still be screened with the Finnish patterns
        var sections = new DraftScreening(indicators).screen(DraftReader.read(draft.name(), draft.bytes()), null);
        for (var s : sections) {
            if (s.findings().isEmpty()) {
                continue;
            }
            blocks.add(new ReportDocument.Heading(2, s.heading().isEmpty() ? draft.name() : s.heading()));
            List<List<Object>> rows = new ArrayList<>();
            for (var f : s.findings()) {
                rows.add(List.of(f.label().getOrDefault(lang, f.indicator()), f.text(), String.join(", ", f.principles()),
                        f.suggestion().getOrDefault(s.language(), f.suggestion().getOrDefault(lang, ""))));
            }
            blocks.add(new ReportDocument.Table(s.heading(), Formats.draftHeaders(lang), List.of(false, false, false, false), rows,
                    Formats.source("screening " + indicators.version(), lang)));
        }
    }
}
