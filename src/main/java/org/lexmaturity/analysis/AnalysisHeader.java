package org.lexmaturity.analysis;

import java.util.HashSet;
import org.lexmaturity.vocab.Vocabulary;
import org.lexmaturity.kernel.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code #@} header lines of an analysis file into an {@link AnalysisDefinition}. Each header line is
 * {@code #@ key: segment | segment | …}, a segment {@code name=value} or a bare flag; see the README, "Analyses".
 * Every mistake is reported as {@code analyses/FILE.rq, line N: …}.
 */
final class AnalysisHeader {
    static final List<String> LANGUAGES = Language.ALL;
    static final Set<String> PARAMETER_TYPES = Set.of("string", "integer", "decimal", "date", "boolean", "iri");
    static final Set<String> COLUMN_TYPES = Set.of("string", "integer", "decimal", "date", "iri", "concept", "code");
    /** Query-string names the HTTP API keeps for itself, so no parameter may take them. */
    static final Set<String> RESERVED = Set.of("format", "lang");
    static final Set<String> CHART_TYPES = Set.of("bar", "stacked-bar", "heatmap", "line", "radar", "pie", "none");

    private final String file;
    private int line;

    private AnalysisHeader(String file) {
        this.file = file;
    }

    /** The definition of {@code id} from the file's text; the query itself is parsed by the catalogue. */
    static AnalysisDefinition parse(String id, String text) {
        return new AnalysisHeader("analyses/" + id + ".rq").read(id, text);
    }

    private AnalysisDefinition read(String id, String text) {
        Map<String, String> title = null;
        Map<String, String> description = null;
        Boolean publicData = null;
        AnalysisDefinition.Chart chart = null;
        Set<String> seen = new HashSet<>();
        int chartLine = 1;
        List<AnalysisDefinition.Parameter> parameters = new ArrayList<>();
        List<AnalysisDefinition.Column> columns = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            line = i + 1;
            String l = lines[i].strip();
            if (!l.startsWith("#@")) {
                continue;
            }
            String body = l.substring(2).strip();
            int colon = body.indexOf(':');
            if (colon < 0) {
                throw error("a header line is '#@ key: value', not '" + l + "'");
            }
            String[] key = body.substring(0, colon).strip().split("\\s+");
            String value = body.substring(colon + 1).strip();
            if (key.length == 1 && !seen.add(key[0])) {
                throw error("'" + key[0] + "' is given twice");
            }
            switch (key[0]) {
                case "id" -> {
                    single(key);
                    if (!value.equals(id)) {
                        throw error("id '" + value + "' differs from the file name '" + id + "'");
                    }
                }
                case "title" -> {
                    single(key);
                    title = texts(segments(value), "title");
                }
                case "description" -> {
                    single(key);
                    description = texts(segments(value), "description");
                }
                case "public" -> {
                    single(key);
                    if (!value.equals("true") && !value.equals("false")) {
                        throw error("public must be true or false, not '" + value + "'");
                    }
                    publicData = Boolean.parseBoolean(value);
                }
                case "param" -> parameters.add(parameter(named(key, parameters.stream().map(AnalysisDefinition.Parameter::name).toList()), segments(value)));
                case "column" -> columns.add(column(named(key, columns.stream().map(AnalysisDefinition.Column::name).toList()), segments(value)));
                case "chart" -> {
                    single(key);
                    chartLine = line;
                    chart = chart(segments(value));
                }
                default -> throw error("unknown header key '" + key[0] + "' (known: id, title, description, public, param, column, chart)");
            }
        }
        line = 1;
        if (title == null) {
            throw error("no '#@ title:' line");
        }
        if (description == null) {
            throw error("no '#@ description:' line");
        }
        if (publicData == null) {
            throw error("no '#@ public:' line");
        }
        if (columns.isEmpty()) {
            throw error("no '#@ column' lines");
        }
        if (chart == null) {
            chart = new AnalysisDefinition.Chart("none", columns.get(0).name(), Optional.empty(), columns.get(columns.size() - 1).name());
        }
        List<String> names = columns.stream().map(AnalysisDefinition.Column::name).toList();
        List<String> charted = new ArrayList<>(List.of(chart.category(), chart.value()));
        chart.series().ifPresent(charted::add);
        for (String c : charted) {
            if (!names.contains(c)) {
                line = chartLine;
                throw error("the chart names column '" + c + "', which is not a '#@ column'");
            }
        }
        for (AnalysisDefinition.Parameter p : parameters) {
            if (names.contains(p.name())) {
                throw error("parameter '" + p.name() + "' has the name of an output column; in SPARQL $" + p.name()
                        + " and ?" + p.name() + " are the same variable");
            }
        }
        return new AnalysisDefinition(id, title, description, List.copyOf(parameters), List.copyOf(columns), chart, publicData, text);
    }

    private AnalysisDefinition.Parameter parameter(String name, Map<String, String> s) {
        if (RESERVED.contains(name)) {
            throw error("parameter '" + name + "': the name is kept for the API's ?" + name + "=");
        }
        if (AnalysisRunner.RUNNER_INPUTS.contains(name)) {
            throw error("parameter '" + name + "' has the name of an input the runner binds itself (" 
                    + String.join(", ", AnalysisRunner.RUNNER_INPUTS.stream().sorted().toList()) + ")");
        }
        String type = required(s, "type", "param " + name);
        if (!PARAMETER_TYPES.contains(type) && !(type.startsWith("concept:") && type.length() > 8)) {
            throw error("parameter '" + name + "': unknown type '" + type + "' (string, integer, decimal, date, boolean, iri, concept:SCHEME)");
        }
        if (type.startsWith("concept:") && Vocabulary.shipped().concepts(type.substring(8)).isEmpty()) {
            throw error("parameter '" + name + "': no scheme '" + type.substring(8) + "' in ontology/schemes.ttl or ministries.ttl");
        }
        List<String> allowed = s.containsKey("allowed") ? List.of(s.get("allowed").split("\\s*,\\s*")) : List.of();
        Optional<String> def = Optional.ofNullable(s.get("default"));
        Map<String, String> label = texts(s, "param " + name);
        unknownKeys(s, "param " + name, "type", "allowed", "default");
        AnalysisDefinition.Parameter p = new AnalysisDefinition.Parameter(name, type, def, allowed, label);
        if (def.isPresent() && !(type.equals("date") && def.get().equals(ParameterValues.TODAY))) {
            try {
                ParameterValues.node(p, def.get());
            } catch (IllegalArgumentException e) {
                throw error("the default of parameter '" + name + "' is not valid: " + e.getMessage());
            }
        }
        return p;
    }

    private AnalysisDefinition.Column column(String name, Map<String, String> s) {
        String type = required(s, "type", "column " + name);
        if (!COLUMN_TYPES.contains(type)) {
            throw error("column '" + name + "': unknown type '" + type + "' (" + String.join(", ", COLUMN_TYPES.stream().sorted().toList()) + ")");
        }
        Map<String, String> label = texts(s, "column " + name);
        unknownKeys(s, "column " + name, "type");
        return new AnalysisDefinition.Column(name, label, type);
    }

    private AnalysisDefinition.Chart chart(Map<String, String> s) {
        String type = required(s, "type", "chart");
        if (!CHART_TYPES.contains(type)) {
            throw error("chart: unknown type '" + type + "' (" + String.join(", ", CHART_TYPES.stream().sorted().toList()) + ")");
        }
        unknownKeys(s, "chart", "type", "category", "series", "value");
        if (type.equals("none") && !s.containsKey("category")) {
            return null; // a table: the defaults are filled in once the columns are known
        }
        return new AnalysisDefinition.Chart(type, required(s, "category", "chart"), Optional.ofNullable(s.get("series")), required(s, "value", "chart"));
    }

    /** {@code a=1 | b | fi=Teksti} → {a: 1, b: "", fi: Teksti}, in order. */
    private Map<String, String> segments(String value) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String seg : value.split("\\|")) {
            String s = seg.strip();
            if (s.isEmpty()) {
                continue;
            }
            int eq = s.indexOf('=');
            String k = eq < 0 ? s : s.substring(0, eq).strip();
            String v = eq < 0 ? "" : s.substring(eq + 1).strip();
            if (m.put(k, v) != null) {
                throw error("'" + k + "' is given twice");
            }
        }
        return m;
    }

    /** The fi, sv and en texts of the segments; all three are required. */
    private Map<String, String> texts(Map<String, String> s, String what) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            String t = s.get(lang);
            if (t == null || t.isBlank()) {
                throw error(what + " has no text in '" + lang + "' (fi, sv and en are required)");
            }
            texts.put(lang, t);
        }
        if (what.equals("title") || what.equals("description")) {
            unknownKeys(s, what);
        }
        return Map.copyOf(texts);
    }

    private void unknownKeys(Map<String, String> s, String what, String... known) {
        for (String k : s.keySet()) {
            if (!LANGUAGES.contains(k) && !List.of(known).contains(k)) {
                throw error(what + ": unknown key '" + k + "'");
            }
        }
    }

    private String required(Map<String, String> s, String key, String what) {
        String v = s.get(key);
        if (v == null || v.isBlank()) {
            throw error(what + " has no '" + key + "='");
        }
        return v;
    }

    private void single(String[] key) {
        if (key.length != 1) {
            throw error("'" + key[0] + "' takes no name");
        }
    }

    private String named(String[] key, List<String> seen) {
        if (key.length != 2 || !key[1].matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw error("'#@ " + key[0] + " NAME:' needs one name made of letters, digits and _ (a SPARQL variable name)");
        }
        if (seen.contains(key[1])) {
            throw error(key[0] + " '" + key[1] + "' is declared twice");
        }
        return key[1];
    }

    private AnalysisCatalogue.BrokenAnalysis error(String message) {
        return new AnalysisCatalogue.BrokenAnalysis(file + ", line " + line + ": " + message);
    }
}
