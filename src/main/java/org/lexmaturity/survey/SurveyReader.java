package org.lexmaturity.survey;

import org.lexmaturity.kernel.Spreadsheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Applies a mapping to an export and checks every cell. All problems are collected, each with its sheet, row
 * and column, and reported together; the result is only returned when there are none.
 */
public final class SurveyReader {
    /** "4", "4.0", "4 – Jokseenkin samaa mieltä", "Jokseenkin samaa mieltä (4)". */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(-?\\d{1,3})(?:[.,]0+)?(?:\\s*[-–:)]\\s*(\\D.*))?$");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)\\s*\\((-?\\d{1,3})\\)$");
    private static final Pattern MULTI_SEPARATOR = Pattern.compile("\\s*[;\\n]\\s*");

    private final Vocabulary vocabulary = Vocabulary.shipped();

    public SurveyData read(Spreadsheet table, SurveyMapping mapping) {
        Problems problems = new Problems(table.source());
        List<Spreadsheet.Sheet> sheets = sheets(table, mapping, problems);
        Map<String, String> seen = new HashMap<>();
        List<SurveyData.Response> responses = new ArrayList<>();
        for (Spreadsheet.Sheet sheet : sheets) {
            Columns cols = columns(sheet, mapping, problems);
            if (cols == null) {
                continue;
            }
            for (Spreadsheet.Row row : sheet.rows()) {
                String id = row.cell(cols.id);
                String place = Spreadsheet.place(sheet, row.number(), -1);
                if (id.isEmpty()) {
                    problems.add(Spreadsheet.place(sheet, row.number(), cols.id), "no respondent id");
                    continue;
                }
                String first = seen.putIfAbsent(id, place);
                if (first != null) {
                    problems.add(Spreadsheet.place(sheet, row.number(), cols.id), "duplicate respondent id '" + id + "' (first at " + first + ")");
                    continue;
                }
                responses.add(response(sheet, row, id, place, cols, mapping, problems));
            }
        }
        if (responses.isEmpty() && problems.isEmpty()) {
            problems.add("", "the export has no responses");
        }
        problems.throwIfAny();
        return new SurveyData(table.source(), mapping, responses);
    }

    private List<Spreadsheet.Sheet> sheets(Spreadsheet table, SurveyMapping mapping, Problems problems) {
        boolean csv = table.sheets().size() == 1 && table.sheets().get(0).name().isEmpty();
        if (!mapping.sheets().isEmpty() && !csv) { // a CSV file is one sheet without a name
            List<Spreadsheet.Sheet> chosen = new ArrayList<>();
            for (String name : mapping.sheets()) {
                table.sheets().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst().ifPresentOrElse(chosen::add,
                        () -> problems.add("sheet " + name, "named in the mapping but not in the workbook, which has: "
                                + String.join(", ", table.sheets().stream().map(Spreadsheet.Sheet::name).toList())));
            }
            return chosen;
        }
        if (table.sheets().size() == 1) {
            return table.sheets();
        }
        List<Spreadsheet.Sheet> withId = table.sheets().stream().filter(s -> find(s, mapping.respondent().id()) >= 0).toList();
        if (withId.isEmpty()) {
            problems.add("", "no sheet has the respondent id column " + mapping.respondent().id());
        }
        return withId;
    }

    private record Columns(int id, int organisation, int type, int branch, List<Integer> personal, Map<String, Integer> questions) {}

    private Columns columns(Spreadsheet.Sheet sheet, SurveyMapping mapping, Problems problems) {
        String where = sheet.label().isEmpty() ? "row " + sheet.headerRow() : sheet.label() + ", row " + sheet.headerRow();
        int id = find(sheet, mapping.respondent().id());
        if (id < 0) {
            problems.add(where, "no respondent id column " + mapping.respondent().id() + " in the header row");
            return null;
        }
        int organisation = optional(sheet, mapping.respondent().organisation(), "organisation", where, problems);
        int type = optional(sheet, mapping.respondent().type(), "organisation type", where, problems);
        int branch = optional(sheet, mapping.respondent().branch(), "administrative branch", where, problems);
        List<Integer> personal = new ArrayList<>();
        for (String p : mapping.respondent().personal()) {
            int c = find(sheet, List.of(p));
            if (c >= 0) {
                personal.add(c);
            }
        }
        Map<String, Integer> questions = new LinkedHashMap<>();
        for (SurveyMapping.Question q : mapping.questions()) {
            int c = find(sheet, q.columns());
            if (c < 0) {
                problems.add(where, "no column for question " + q.id() + " " + q.columns() + " in the header row");
            } else {
                questions.put(q.id(), c);
            }
        }
        return new Columns(id, organisation, type, branch, personal, questions);
    }

    private static int optional(Spreadsheet.Sheet sheet, List<String> names, String what, String where, Problems problems) {
        if (names.isEmpty()) {
            return -1;
        }
        int c = find(sheet, names);
        if (c < 0) {
            problems.add(where, "no " + what + " column " + names + " in the header row");
        }
        return c;
    }

    /** A column whose header is one of {@code names}, or starts with one of them as a code ("K05 …"). */
    static int find(Spreadsheet.Sheet sheet, List<String> names) {
        for (String name : names) {
            Optional<Integer> exact = sheet.column(name);
            if (exact.isPresent()) {
                return exact.get();
            }
        }
        for (String name : names) {
            String code = name.strip().toLowerCase(Locale.ROOT);
            for (int i = 0; i < sheet.header().size(); i++) {
                String h = sheet.header().get(i).strip().toLowerCase(Locale.ROOT);
                if (h.startsWith(code) && h.length() > code.length() && !Character.isLetterOrDigit(h.charAt(code.length()))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private SurveyData.Response response(Spreadsheet.Sheet sheet, Spreadsheet.Row row, String id, String place, Columns cols,
                                         SurveyMapping mapping, Problems problems) {
        Optional<Node> type = Optional.empty();
        if (cols.type >= 0 && !row.cell(cols.type).isEmpty()) {
            type = vocabulary.find("organisation-type", row.cell(cols.type));
            if (type.isEmpty()) {
                problems.add(Spreadsheet.place(sheet, row.number(), cols.type), "unknown organisation type '" + row.cell(cols.type)
                        + "'; expected one of " + vocabulary.codes("organisation-type") + " or their labels");
            }
        }
        String branchText = cols.branch >= 0 ? row.cell(cols.branch) : "";
        Optional<Node> branch = vocabulary.find("ministry", branchText);
        List<String> contacts = cols.personal.stream().map(row::cell).filter(s -> !s.isEmpty()).toList();
        Map<String, SurveyData.Answer> answers = new LinkedHashMap<>();
        for (SurveyMapping.Question q : mapping.questions()) {
            Integer c = cols.questions.get(q.id());
            if (c == null || row.cell(c).isEmpty()) {
                continue;
            }
            answer(q, row.cell(c), Spreadsheet.place(sheet, row.number(), c), problems).ifPresent(a -> answers.put(q.id(), a));
        }
        String organisation = cols.organisation >= 0 ? row.cell(cols.organisation) : "";
        return new SurveyData.Response(id, place, organisation, type, branch, branchText, contacts, answers);
    }

    Optional<SurveyData.Answer> answer(SurveyMapping.Question q, String raw, String place, Problems problems) {
        switch (q.kind()) {
            case LIKERT -> {
                if (vocabulary.find("agreement", raw).filter(n -> Vocabulary.code(n).equals("dont-know")).isPresent()) {
                    return Optional.of(new SurveyData.Answer(q, raw, Optional.empty(), true, List.of(), Optional.empty()));
                }
                Optional<Integer> value = scaleValue(raw);
                if (value.isEmpty()) {
                    problems.add(place, "'" + raw + "' is not a value of the scale " + q.min() + "–" + q.max() + " (a number or a label such as 'Täysin samaa mieltä')");
                    return Optional.empty();
                }
                if (value.get() < q.min() || value.get() > q.max()) {
                    problems.add(place, "'" + raw + "' is outside the scale " + q.min() + "–" + q.max());
                    return Optional.empty();
                }
                return Optional.of(new SurveyData.Answer(q, raw, Optional.of(BigDecimal.valueOf(value.get())), false, List.of(), Optional.empty()));
            }
            case NUMBER -> {
                try {
                    BigDecimal n = new BigDecimal(raw.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
                    return Optional.of(new SurveyData.Answer(q, raw, Optional.of(n), false, List.of(), Optional.empty()));
                } catch (NumberFormatException e) {
                    problems.add(place, "'" + raw + "' is not a number");
                    return Optional.empty();
                }
            }
            case CHOICE, MULTI -> {
                List<String> parts = q.kind() == SurveyMapping.Kind.MULTI ? List.of(MULTI_SEPARATOR.split(raw)) : List.of(raw);
                List<String> codes = new ArrayList<>();
                for (String part : parts) {
                    if (part.isBlank()) {
                        continue;
                    }
                    Optional<String> code = option(q, part);
                    if (code.isEmpty()) {
                        problems.add(place, "'" + part + "' is not an option of question " + q.id() + "; options: "
                                + String.join(", ", q.options().stream().map(SurveyMapping.Option::code).toList()));
                    } else if (!codes.contains(code.get())) {
                        codes.add(code.get());
                    }
                }
                return codes.isEmpty() ? Optional.empty()
                        : Optional.of(new SurveyData.Answer(q, raw, Optional.empty(), false, codes, Optional.empty()));
            }
            default -> {
                return Optional.of(new SurveyData.Answer(q, raw, Optional.empty(), false, List.of(), Optional.of(raw)));
            }
        }
    }

    private Optional<Integer> scaleValue(String raw) {
        Matcher m = LEADING_NUMBER.matcher(raw);
        if (m.matches()) {
            return agreeing(Integer.parseInt(m.group(1)), m.group(2));
        }
        m = TRAILING_NUMBER.matcher(raw);
        if (m.matches()) {
            return agreeing(Integer.parseInt(m.group(2)), m.group(1));
        }
        return vocabulary.find("agreement", raw).flatMap(vocabulary::ordinal);
    }

    /** "4 - Täysin eri mieltä" says two things; when the label is a scale label, it must say the same as the number. */
    private Optional<Integer> agreeing(int number, String label) {
        if (label == null || label.isBlank()) {
            return Optional.of(number);
        }
        Optional<Integer> said = vocabulary.find("agreement", label.strip()).flatMap(vocabulary::ordinal);
        return said.isEmpty() || said.get() == number ? Optional.of(number) : Optional.empty();
    }

    private static Optional<String> option(SurveyMapping.Question q, String value) {
        if (q.options().isEmpty()) {
            return Optional.of(MappingInference.slug(value));
        }
        for (SurveyMapping.Option o : q.options()) {
            if (o.code().equalsIgnoreCase(value) || o.labels().values().stream().anyMatch(l -> l.equalsIgnoreCase(value))) {
                return Optional.of(o.code());
            }
        }
        return Optional.empty();
    }
}
