package org.lexmaturity.web.acts;

import org.lexmaturity.kernel.Language;
import org.lexmaturity.web.http.Numbers;
import org.lexmaturity.web.http.PageMessages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.lexmaturity.analysis.AnalysisResult;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.chart.ChartRenderer;
import org.lexmaturity.maturity.ActMaturity;
import org.lexmaturity.maturity.MaturityService;
import org.lexmaturity.register.BarrierRegister;
import org.lexmaturity.register.BarrierRegister.BarrierView;
import org.lexmaturity.report.ProfileChart;
import org.lexmaturity.survey.Quotes;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.ProvisionLabels;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.statutes.StatuteCatalog.ActDetail;
import org.lexmaturity.statutes.StatuteCatalog.Provision;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Reads everything the act page shows, on a worker thread: the act's text with its findings marked, the maturity
 * profile with each dimension's evidence, the register barriers that concern it, and what the surveys say of it —
 * a count for everyone, anonymous quotes for analysts and up (never an organisation or a person).
 */
final class ActPage {
    /** One evidence item as the page shows it: what it is, what it points to, and how much it moved the score. */
    record EvidenceRow(String kind, String item, String itemHref, String provision, String provisionHref, String text, String effect) {}

    /** One dimension of the profile. */
    record DimensionRow(String code, String label, String score, int automaticLevel, String expertVerdict, String expertLevel,
                        int level, String counts, boolean expertCounts, String expertComment, List<EvidenceRow> evidence) {}

    /** A register barrier concerning the act. */
    record BarrierRow(String id, String title, String type, String status, String severity) {}

    static final int QUOTES = 10;

    private final StatuteCatalog catalog;
    private final MaturityService maturity;
    private final BarrierRegister register;
    private final IndicatorRules rules;
    private final ChartRenderer charts = new ChartRenderer();
    private final Store store;

    /** A guide category found in one language of a provision and absent from the other. */
    record DivergenceRow(String provision, String provisionHref, String category, String foundIn, String missingIn, String words) {}

    private final AnalysisRunner analyses;

    ActPage(Store store, StatuteCatalog catalog, MaturityService maturity, BarrierRegister register, IndicatorRules rules,
            AnalysisRunner analyses) {
        this.analyses = analyses;
        this.store = store;
        this.catalog = catalog;
        this.maturity = maturity;
        this.register = register;
        this.rules = rules;
    }

    /** The page's model, or empty when there is no such act. {@code words}: the page's words, for labels made here. */
    /** A version the reader can choose to read, as the chooser shows it. */
    record VersionChoice(String path, String label, boolean selected) {}

    /**
     * The page's model, or empty when there is no such act. {@code words}: the page's words, for labels made here;
     * {@code version}: the temporal version whose texts and findings to show, empty for the current texts.
     */
    Optional<Map<String, Object>> read(ActNumber number, Optional<String> version, String lang, Map<String, String> words, PageMessages msg,
                                       boolean seesQuotes, AssessmentForm form) {
        Optional<ActDetail> found = catalog.get(number, version);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ActDetail act = found.get();
        Node actNode = NodeFactory.createURI(act.iri());
        ActMaturity m = maturity.maturity(number).orElseThrow();
        Map<String, String> polarities = Map.of("barrier", words.get("acts.polarity.barrier"), "enabler", words.get("acts.polarity.enabler"),
                "mitigator", words.get("acts.polarity.mitigator"));
        List<Provision> shownProvisions = new ArrayList<>(act.parts());
        shownProvisions.addAll(act.elsewhere());
        FindingMarks marks = new FindingMarks(shownProvisions, maturity.findings(number, version).orElse(List.of()), rules, polarities, lang);
        List<BarrierView> barriers = register.concerning(actNode);
        long citing = maturity.citingOrganisations(actNode);
        AnalysisResult radar = ProfileChart.of(number, m, lang);

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("act", act);
        model.put("shown", act.shown());
        model.put("shownLabel", act.shown().isEmpty() ? "" : versionLabel(act.shown(), words, msg));
        model.put("versionChoices", act.versionPaths().stream()
                .map(p -> new VersionChoice(p, versionLabel(p, words, msg), p.equals(act.shown()))).toList());
        model.put("marks", marks);
        model.put("findings", marks.items());
        model.put("dims", dimensions(m, marks, barriers, citing, lang, words, msg));
        model.put("overall", m.overall().map(String::valueOf).orElse("–"));
        model.put("rulesVersion", m.rulesVersion());
        model.put("expertBy", m.expert().map(ActMaturity.Expert::by).orElse(""));
        model.put("expertAt", m.expert().map(e -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(e.at())).orElse(""));
        model.put("radarAlt", charts.altText(radar, lang));
        model.put("radarSrc", "/acts/" + number.year() + "/" + number.number() + "/profile.svg?lang=" + lang);
        model.put("barriers", barriers.stream().map(v -> barrierRow(v, lang)).toList());
        model.put("divergences", act.shown().isEmpty() ? divergences(act, marks, lang, words) : List.of());
        model.put("citing", citing);
        model.put("quotes", seesQuotes ? Quotes.forAct(store, actNode, lang, QUOTES) : List.of());
        model.put("form", form != null ? form : AssessmentForm.from(m));
        model.put("verdicts", List.of("met", "partly", "not-met", "not-applicable"));
        return Optional.of(model);
    }

    /** "the original", "consolidated as of 2017-06-21": a version path in the page's words. */
    static String versionLabel(String path, Map<String, String> words, PageMessages msg) {
        return path.matches("ajantasa/\\d{8}") ? msg.of("acts.version.consolidated", "date",
                path.substring(9, 13) + "-" + path.substring(13, 15) + "-" + path.substring(15, 17))
                : words.getOrDefault("acts.version.original", path);
    }

    /** The act's language divergences: the {@code language-divergences} analysis for this act. */
    private List<DivergenceRow> divergences(ActDetail act, FindingMarks marks, String lang, Map<String, String> words) {
        AnalysisResult r = analyses.run("language-divergences", Map.of("actNumber", act.number().local()), lang);
        List<DivergenceRow> out = new ArrayList<>();
        for (List<Object> row : r.rows()) {
            String iri = act.iri() + "/" + row.get(1);
            String category = String.valueOf(row.get(2));
            out.add(new DivergenceRow(ProvisionLabels.of(iri, lang), marks.link(iri), category + " " + words.getOrDefault("acts.category." + category, ""),
                    words.getOrDefault("acts.lang." + row.get(3), String.valueOf(row.get(3))),
                    words.getOrDefault("acts.lang." + row.get(4), String.valueOf(row.get(4))), String.valueOf(row.get(5))));
        }
        return out;
    }

    /** The profile chart as SVG in the language. */
    Optional<String> radarSvg(ActNumber number, String lang) {
        return maturity.maturity(number).map(m -> charts.svg(ProfileChart.of(number, m, lang), lang, 820, 560));
    }

    private List<DimensionRow> dimensions(ActMaturity m, FindingMarks marks, List<BarrierView> barriers, long citing, String lang,
                                          Map<String, String> words, PageMessages msg) {
        Vocabulary v = Vocabulary.shipped();
        Map<String, BarrierView> byId = new LinkedHashMap<>();
        barriers.forEach(b -> byId.put(b.barrier().id(), b));
        List<DimensionRow> rows = new ArrayList<>();
        for (ActMaturity.Dimension d : m.dimensions()) {
            List<EvidenceRow> evidence = new ArrayList<>();
            for (ActMaturity.Evidence e : d.evidence()) {
                String provision = e.provision().map(p -> ProvisionLabels.of(p.getURI(), lang)).orElse("");
                String provisionHref = e.provision().map(p -> marks.link(p.getURI())).orElse("");
                String kind = words.getOrDefault("acts.evidence." + e.kind(), e.kind());
                String effect = Numbers.signed(e.effect(), lang);
                switch (e.kind()) {
                    case "register-barrier" -> {
                        BarrierView b = byId.get(e.code());
                        String title = b == null ? "" : Language.pick(b.barrier().title(), lang);
                        evidence.add(new EvidenceRow(kind, e.code() + (title.isEmpty() ? "" : " " + title), "/barriers/" + e.code(),
                                provision, provisionHref, b == null ? "" : v.label(b.barrier().status(), lang)
                                        + b.barrier().severity().map(s -> ", " + words.get("register.field.severity").toLowerCase() + " " + s).orElse(""), effect));
                    }
                    case "survey" -> evidence.add(new EvidenceRow(kind, msg.of("acts.survey.citing", "0", citing), "",
                            "", "", "", effect));
                    default -> evidence.add(new EvidenceRow(kind, rules.byCode(e.code()).map(i -> i.label(lang)).orElse(e.code()), "",
                            provision, provisionHref, String.join(" / ", e.texts()), effect));
                }
            }
            rows.add(new DimensionRow(Vocabulary.code(d.dimension()), v.label(d.dimension(), lang), Numbers.decimal(d.score(), lang),
                    d.automaticLevel(), d.expertVerdict().map(x -> words.getOrDefault("acts.verdict." + x, x)).orElse("–"),
                    d.expertLevel().map(String::valueOf).orElse("–"), d.level(),
                    words.getOrDefault("acts.counts." + d.counts(), d.counts()), d.counts().equals("expert"),
                    d.expertComment().orElse(""), evidence));
        }
        return rows;
    }

    private static BarrierRow barrierRow(BarrierView view, String lang) {
        Vocabulary v = Vocabulary.shipped();
        var b = view.barrier();
        return new BarrierRow(b.id(), Language.pick(b.title(), lang), b.type().map(t -> v.label(t, lang)).orElse("–"),
                v.label(b.status(), lang), b.severity().map(String::valueOf).orElse("–"));
    }
}
