package org.lexmaturity.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexmaturity.analysis.AnalysisCatalogue;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A report type as defined in {@code reports/{type}.yaml}: its title per language, the parameters it needs, and
 * its sections. A section has a heading and any of: text, key figures (a number taken from an analysis),
 * analyses (each as a table and/or chart), a repetition over the concepts of a scheme (one subsection each,
 * the concept code bound to a parameter), and one of the built-in parts (act evidence, act maturity, survey
 * questions, draft findings, quotes). Adding a report type is writing a YAML file: no Java.
 */
public record ReportDefinition(String id, Map<String, String> title, Map<String, String> subtitle, List<String> parameters,
                               List<Section> sections) {
    static final List<String> TYPES = List.of("deregulation", "act-profile", "survey-results", "follow-up", "draft-screening");
    static final Set<String> PARTS = Set.of("act-evidence", "act-maturity", "survey-questions", "draft-findings");

    /** {@code source}: "sum:COLUMN", "count" (rows) or "first:COLUMN". */
    public record KeyFigure(Map<String, String> label, String analysis, Map<String, String> params, String source) {}

    public record AnalysisUse(String id, Map<String, String> params, boolean table, boolean chart, Map<String, String> caption) {}

    /** {@code forEach}: a scheme code (e.g. "theme") whose concepts each get a subsection, bound as parameter {@code bind}. */
    public record Section(Map<String, String> heading, Map<String, String> text, List<KeyFigure> keyFigures, List<AnalysisUse> analyses,
                          String forEach, String bind, String part, Map<String, String> partOptions, boolean pageBreak) {}

    public String title(String lang) {
        return title.getOrDefault(lang, title.getOrDefault("en", id));
    }

    public static ReportDefinition load(String type) {
        if (!TYPES.contains(type) && ReportDefinition.class.getClassLoader().getResource("reports/" + type + ".yaml") == null) {
            throw new IllegalArgumentException("unknown report type '" + type + "'; one of " + String.join(", ", available()));
        }
        String file = "reports/" + type + ".yaml";
        try (InputStream in = ReportDefinition.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the class path");
            }
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(file, doc);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The report types shipped: the five of the product, in order. */
    public static List<String> available() {
        return TYPES;
    }

    /** Checks a definition against the analysis catalogue: every analysis it names exists. */
    public void check(AnalysisCatalogue catalogue) {
        for (Section s : sections) {
            for (AnalysisUse a : s.analyses()) {
                if (catalogue.find(a.id()).isEmpty()) {
                    throw new IllegalStateException("reports/" + id + ".yaml: section '" + s.heading().getOrDefault("en", "") + "' names unknown analysis " + a.id());
                }
            }
            for (KeyFigure k : s.keyFigures()) {
                if (catalogue.find(k.analysis()).isEmpty()) {
                    throw new IllegalStateException("reports/" + id + ".yaml: a key figure names unknown analysis " + k.analysis());
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    static ReportDefinition parse(String file, Object doc) {
        if (!(doc instanceof Map<?, ?> root)) {
            throw new IllegalStateException(file + ": expected a YAML mapping");
        }
        List<Section> sections = new ArrayList<>();
        for (Object o : list(root.get("sections"))) {
            Map<?, ?> s = (Map<?, ?>) o;
            List<KeyFigure> figures = new ArrayList<>();
            for (Object f : list(s.get("key-figures"))) {
                Map<?, ?> m = (Map<?, ?>) f;
                figures.add(new KeyFigure(texts(m.get("label")), str(m.get("analysis")), texts(m.get("params")), str(m.get("value"))));
            }
            List<AnalysisUse> analyses = new ArrayList<>();
            for (Object a : list(s.get("analyses"))) {
                Map<?, ?> m = (Map<?, ?>) a;
                analyses.add(new AnalysisUse(str(m.get("id")), texts(m.get("params")), !Boolean.FALSE.equals(m.get("table")),
                        !Boolean.FALSE.equals(m.get("chart")), texts(m.get("caption"))));
            }
            String part = str(s.get("part"));
            if (part != null && !PARTS.contains(part)) {
                throw new IllegalStateException(file + ": unknown part '" + part + "'; one of " + PARTS);
            }
            sections.add(new Section(texts(s.get("heading")), texts(s.get("text")), figures, analyses, str(s.get("for-each")),
                    str(s.get("bind")), part, texts(s.get("options")), Boolean.TRUE.equals(s.get("page-break"))));
        }
        List<String> params = list(root.get("parameters")).stream().map(Object::toString).toList();
        return new ReportDefinition(str(root.get("id")), texts(root.get("title")), texts(root.get("subtitle")), params, sections);
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static Map<String, String> texts(Object o) {
        Map<String, String> m = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> m.put(k.toString(), v == null ? "" : v.toString().strip()));
        }
        return m;
    }
}
