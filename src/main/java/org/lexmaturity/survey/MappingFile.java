package org.lexmaturity.survey;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.vocab.Vocabulary;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and writes survey mappings as YAML (see the README for the format). Parsing uses SnakeYAML's safe
 * constructor: plain maps, lists and scalars only, never Java objects named by the file.
 */
public final class MappingFile {
    private MappingFile() {}

    public static SurveyMapping read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new ImportException(file.getFileName().toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    public static SurveyMapping read(String name, Reader in) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(1024 * 1024);
            Object doc = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                    new PlainScalars()).load(in);
            return fromYaml(name, doc);
        } catch (MarkedYAMLException e) {
            throw new ImportException(name, "line " + (e.getProblemMark().getLine() + 1) + ", column " + (e.getProblemMark().getColumn() + 1),
                    e.getProblem());
        } catch (YAMLException e) {
            throw new ImportException(name, "", "not a YAML mapping file: " + e.getMessage());
        }
    }

    /**
     * Reads every plain scalar as a string: YAML 1.1 would turn an option code {@code yes} into {@code true} and
     * {@code 2025-03-14} into a timestamp, and a mapping means the text as written.
     */
    private static final class PlainScalars extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }

    static SurveyMapping fromYaml(String name, Object doc) {
        Problems problems = new Problems(name);
        if (!(doc instanceof Map<?, ?> root)) {
            throw new ImportException(name, "", "expected a YAML mapping with the keys survey, respondent and questions");
        }
        String id = string(root.get("survey"));
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            problems.add("field survey", "needs an identifier of letters, digits, '.', '_' or '-' (e.g. vm-esteet-2025); got " + quoted(id));
        }
        Optional<LocalDate> issued = Optional.empty();
        if (root.get("issued") instanceof Date date) { // YAML reads an unquoted 2025-03-14 as a timestamp
            issued = Optional.of(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        } else if (root.get("issued") != null) {
            try {
                issued = Optional.of(LocalDate.parse(string(root.get("issued"))));
            } catch (DateTimeParseException e) {
                problems.add("field issued", "expected a date like 2025-03-14; got " + quoted(string(root.get("issued"))));
            }
        }
        Map<String, String> title = texts(root.get("title"), "field title", problems);
        List<String> sheets = strings(root.get("sheets"));
        Map<?, ?> resp = root.get("respondent") instanceof Map<?, ?> m ? m : Map.of();
        SurveyMapping.Respondent respondent = new SurveyMapping.Respondent(strings(resp.get("id")), strings(resp.get("organisation")),
                strings(resp.get("type")), strings(resp.get("branch")), strings(resp.get("personal")));
        if (respondent.id().isEmpty()) {
            problems.add("field respondent.id", "names no column; every response needs a respondent id column");
        }
        List<SurveyMapping.Question> questions = new ArrayList<>();
        if (!(root.get("questions") instanceof List<?> list) || list.isEmpty()) {
            problems.add("field questions", "lists no questions");
        } else {
            int n = 0;
            for (Object o : list) {
                n++;
                question(o, "questions[" + n + "]", problems).ifPresent(questions::add);
            }
        }
        problems.throwIfAny();
        return new SurveyMapping(id, title, issued, sheets, respondent, questions);
    }

    private static Optional<SurveyMapping.Question> question(Object o, String place, Problems problems) {
        if (!(o instanceof Map<?, ?> q)) {
            problems.add(place, "expected a mapping with id, column and kind");
            return Optional.empty();
        }
        String id = string(q.get("id"));
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
            problems.add(place + ".id", "needs a short code of letters and digits (e.g. k05); got " + quoted(id));
            return Optional.empty();
        }
        List<String> columns = strings(q.get("column"));
        if (columns.isEmpty()) {
            columns = List.of(id.toUpperCase(Locale.ROOT));
        }
        SurveyMapping.Kind kind;
        try {
            kind = SurveyMapping.Kind.valueOf(Optional.ofNullable(string(q.get("kind"))).orElse("text").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(place + ".kind", "must be one of likert, choice, multi, text, number; got " + quoted(string(q.get("kind"))));
            return Optional.empty();
        }
        int min = 1;
        int max = 5;
        if (q.get("scale") != null) {
            String scale = string(q.get("scale"));
            Matcher m = Pattern.compile("\\s*(-?\\d+)\\s*-\\s*(-?\\d+)\\s*").matcher(scale);
            if (!m.matches() || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2))) {
                problems.add(place + ".scale", "expected MIN-MAX such as 1-5; got " + quoted(scale));
            } else {
                min = Integer.parseInt(m.group(1));
                max = Integer.parseInt(m.group(2));
            }
        }
        List<SurveyMapping.Option> options = new ArrayList<>();
        if (q.get("options") instanceof List<?> opts) {
            for (Object opt : opts) {
                if (opt instanceof Map<?, ?> om && string(om.get("code")) != null) {
                    options.add(new SurveyMapping.Option(string(om.get("code")), texts(om.get("labels"), place + ".options", problems)));
                } else if (opt != null && !(opt instanceof Map)) {
                    options.add(new SurveyMapping.Option(string(opt), Map.of()));
                } else {
                    problems.add(place + ".options", "each option needs a code (and labels per language)");
                }
            }
        }
        Optional<String> theme = Optional.ofNullable(string(q.get("theme")));
        if (theme.isPresent() && Vocabulary.shipped().find("theme", theme.get()).isEmpty()) {
            problems.add(place + ".theme", "unknown theme " + quoted(theme.get()) + "; one of " + Vocabulary.shipped().codes("theme"));
            theme = Optional.empty();
        }
        return Optional.of(new SurveyMapping.Question(id, columns, texts(q.get("text"), place + ".text", problems), kind, min, max, options,
                theme.map(t -> Vocabulary.code(Vocabulary.shipped().find("theme", t).orElseThrow()))));
    }

    private static Map<String, String> texts(Object o, String place, Problems problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String lang = string(k);
                if (lang == null || !lang.matches("[a-z]{2,3}")) {
                    problems.add(place, "language keys are codes such as fi, sv, en; got " + quoted(lang));
                } else if (v != null) {
                    texts.put(lang, string(v));
                }
            });
        } else if (o != null) {
            texts.put("fi", string(o));
        }
        return texts;
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> list) {
            return list.stream().filter(x -> x != null).map(MappingFile::string).toList();
        }
        return List.of(string(o));
    }

    private static String string(Object o) {
        return o == null ? null : String.valueOf(o).strip();
    }

    private static String quoted(String s) {
        return s == null ? "nothing" : "'" + s + "'";
    }

    /** The mapping as YAML, in the same form {@link #read} accepts: what {@code --dry-run} prints. */
    public static String toYaml(SurveyMapping m) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("survey", m.surveyId());
        if (!m.title().isEmpty()) {
            root.put("title", new LinkedHashMap<>(m.title()));
        }
        m.issued().ifPresent(d -> root.put("issued", d.toString()));
        if (!m.sheets().isEmpty()) {
            root.put("sheets", m.sheets());
        }
        Map<String, Object> resp = new LinkedHashMap<>();
        putList(resp, "id", m.respondent().id());
        putList(resp, "organisation", m.respondent().organisation());
        putList(resp, "type", m.respondent().type());
        putList(resp, "branch", m.respondent().branch());
        putList(resp, "personal", m.respondent().personal());
        root.put("respondent", resp);
        List<Object> qs = new ArrayList<>();
        for (SurveyMapping.Question q : m.questions()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("id", q.id());
            putList(y, "column", q.columns());
            y.put("kind", q.kind().code());
            if (q.kind() == SurveyMapping.Kind.LIKERT || q.kind() == SurveyMapping.Kind.NUMBER) {
                y.put("scale", q.min() + "-" + q.max());
            }
            q.theme().ifPresent(t -> y.put("theme", t));
            if (!q.text().isEmpty()) {
                y.put("text", new LinkedHashMap<>(q.text()));
            }
            if (!q.options().isEmpty()) {
                List<Object> opts = new ArrayList<>();
                for (SurveyMapping.Option o : q.options()) {
                    Map<String, Object> om = new LinkedHashMap<>();
                    om.put("code", o.code());
                    if (!o.labels().isEmpty()) {
                        om.put("labels", new LinkedHashMap<>(o.labels()));
                    }
                    opts.add(om);
                }
                y.put("options", opts);
            }
            qs.add(y);
        }
        root.put("questions", qs);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(root);
    }

    private static void putList(Map<String, Object> map, String key, List<String> values) {
        if (values.size() == 1) {
            map.put(key, values.get(0));
        } else if (!values.isEmpty()) {
            map.put(key, values);
        }
    }
}
