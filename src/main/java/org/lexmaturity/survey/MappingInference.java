package org.lexmaturity.survey;

import org.lexmaturity.kernel.Spreadsheet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Guesses a mapping from the header row and the values of an export, so that a survey can be imported
 * without writing one. The guess is shown by {@code import survey FILE --dry-run}; a user who disagrees saves
 * it as YAML, corrects it and passes it with {@code --mapping}.
 */
public final class MappingInference {
    /** Header words (fi, sv, en) that mark the respondent columns rather than questions. */
    private static final Pattern ID = Pattern.compile("(?i)^(vastaaja(n)?[ -]?(id|tunnus|nro|numero)?|vastaus[ -]?(id|nro)|svarande[ -]?(id|nr)?|svars[ -]?id|respondent[ _-]?(id)?|response[ _-]?id|id)$");
    private static final Pattern ORGANISATION = Pattern.compile("(?i)^(organisaatio(n nimi)?|virasto|organisation(ens namn)?|organi[sz]ation( name)?)$");
    private static final Pattern TYPE = Pattern.compile("(?i).*(organisaation tyyppi|organisaatiotyyppi|typ av organisation|organisationstyp|organi[sz]ation type).*");
    private static final Pattern BRANCH = Pattern.compile("(?i).*(hallinnonala|förvaltningsområde|administrative branch|ministry branch).*");
    private static final Pattern PERSONAL = Pattern.compile("(?i).*(sähköposti|e-post|e-?mail|puhelin|telefon|phone|yhteyshenkilö|kontaktperson|contact|vastaajan nimi|namn|^nimi$|^name$).*");
    /** A question code at the start of a header: "K05", "Q12", "F3", "5." */
    private static final Pattern CODE = Pattern.compile("^([A-Za-z]{1,3}\\s?\\d{1,3}[a-z]?|\\d{1,3})(?=[\\s.:)\\]-]|$)");

    private static final Map<String, Pattern> THEMES = new LinkedHashMap<>();

    static {
        THEMES.put("automation", Pattern.compile("(?i)automa|päätöksente|beslutsfatt|decision-making"));
        THEMES.put("cloud", Pattern.compile("(?i)pilvi|moln|cloud|datan sijainti|data location"));
        THEMES.put("proactive", Pattern.compile("(?i)ennakoiv|viran puolesta|proaktiv|proactive|självmant|ex officio"));
        THEMES.put("data-exchange", Pattern.compile("(?i)tiedonvaihto|tietojen luovut|informationsutbyte|utlämnande|data exchange|disclos|kerran|once-only"));
        THEMES.put("maturity-assessment", Pattern.compile("(?i)digikypsy|digitala mognad|maturity|kirjallisen muodon|skriftlig form|allekirjoitu|underskrift"));
    }

    private MappingInference() {}

    public static SurveyMapping infer(Spreadsheet table) {
        List<String> id = new ArrayList<>();
        List<String> organisation = new ArrayList<>();
        List<String> type = new ArrayList<>();
        List<String> branch = new ArrayList<>();
        List<String> personal = new ArrayList<>();
        // question key (code or header) → headers (per sheet), values seen
        Map<String, Set<String>> headers = new LinkedHashMap<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> sheets = new ArrayList<>();
        for (Spreadsheet.Sheet sheet : table.sheets()) {
            boolean hasId = sheet.header().stream().anyMatch(h -> ID.matcher(h.strip()).matches());
            if (!hasId && table.sheets().size() > 1) {
                continue; // an instructions or summary sheet
            }
            sheets.add(sheet.name());
            for (int c = 0; c < sheet.header().size(); c++) {
                String h = sheet.header().get(c).strip();
                if (h.isEmpty()) {
                    continue;
                }
                if (ID.matcher(h).matches()) {
                    addOnce(id, h);
                } else if (TYPE.matcher(h).matches()) {
                    addOnce(type, h);
                } else if (ORGANISATION.matcher(h).matches()) {
                    addOnce(organisation, h);
                } else if (BRANCH.matcher(h).matches()) {
                    addOnce(branch, h);
                } else if (PERSONAL.matcher(h).matches()) {
                    addOnce(personal, h);
                } else {
                    Matcher m = CODE.matcher(h);
                    String key = m.find() ? m.group(1).replace(" ", "").toUpperCase(Locale.ROOT) : h;
                    headers.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.find(0) ? key : h);
                    List<String> seen = values.computeIfAbsent(key, k -> new ArrayList<>());
                    for (Spreadsheet.Row row : sheet.rows()) {
                        String v = row.cell(c);
                        if (!v.isEmpty()) {
                            seen.add(v);
                        }
                    }
                }
            }
        }
        List<SurveyMapping.Question> questions = new ArrayList<>();
        int n = 0;
        for (var entry : headers.entrySet()) {
            n++;
            String key = entry.getKey();
            String qid = key.matches("[A-Za-z]{0,3}\\d{1,3}[a-z]?") ? key.toLowerCase(Locale.ROOT) : "q" + n;
            questions.add(question(qid, List.copyOf(entry.getValue()), headerText(table, key), values.get(key)));
        }
        Map<String, String> title = Map.of("fi", table.source());
        return new SurveyMapping(slug(table.source()), title, Optional.empty(), table.sheets().size() > 1 ? sheets : List.of(),
                new SurveyMapping.Respondent(id, organisation, type, branch, personal), questions);
    }

    /** The full header texts of a question in each sheet, as its text (the sheet name says nothing of language). */
    private static Map<String, String> headerText(Spreadsheet table, String key) {
        Map<String, String> text = new LinkedHashMap<>();
        for (Spreadsheet.Sheet sheet : table.sheets()) {
            for (String h : sheet.header()) {
                Matcher m = CODE.matcher(h.strip());
                String k = m.find() ? m.group(1).replace(" ", "").toUpperCase(Locale.ROOT) : h.strip();
                if (k.equals(key)) {
                    String body = h.strip().substring(m.find(0) ? m.end() : 0).replaceFirst("^[\\s.:)\\]-]+", "");
                    text.putIfAbsent(Languages.guess(body), body.isEmpty() ? h.strip() : body);
                }
            }
        }
        return text;
    }

    static SurveyMapping.Question question(String id, List<String> columns, Map<String, String> text, List<String> values) {
        String all = String.join(" ", text.values());
        Optional<String> theme = THEMES.entrySet().stream().filter(e -> e.getValue().matcher(all).find()).map(Map.Entry::getKey).findFirst();
        if (!values.isEmpty() && values.stream().allMatch(MappingInference::isScaleValue)) {
            int max = values.stream().filter(v -> v.matches("-?\\d+")).mapToInt(Integer::parseInt).max().orElse(5);
            int min = values.stream().filter(v -> v.matches("-?\\d+")).mapToInt(Integer::parseInt).min().orElse(1);
            return new SurveyMapping.Question(id, columns, text, SurveyMapping.Kind.LIKERT, Math.min(min, 1) < 1 ? 0 : 1,
                    max <= 5 ? 5 : max <= 7 ? 7 : 10, List.of(), theme);
        }
        if (!values.isEmpty() && values.stream().allMatch(v -> v.matches("-?\\d+([.,]\\d+)?"))) {
            return new SurveyMapping.Question(id, columns, text, SurveyMapping.Kind.NUMBER, 0, Integer.MAX_VALUE, List.of(), theme);
        }
        Set<String> distinct = new LinkedHashSet<>();
        boolean multi = false;
        for (String v : values) {
            if (v.contains(";")) {
                multi = true;
                for (String part : v.split(";")) {
                    if (!part.isBlank()) {
                        distinct.add(part.strip());
                    }
                }
            } else {
                distinct.add(v);
            }
        }
        double meanLength = values.stream().mapToInt(String::length).average().orElse(0);
        if (!values.isEmpty() && distinct.size() <= 12 && meanLength <= 40 && values.size() >= 2 * distinct.size()) {
            List<SurveyMapping.Option> options = distinct.stream()
                    .map(v -> new SurveyMapping.Option(slug(v), Map.of(Languages.guess(v), v))).toList();
            return new SurveyMapping.Question(id, columns, text, multi ? SurveyMapping.Kind.MULTI : SurveyMapping.Kind.CHOICE, 0, 0, options, theme);
        }
        return new SurveyMapping.Question(id, columns, text, SurveyMapping.Kind.TEXT, 0, 0, List.of(), theme);
    }

    private static boolean isScaleValue(String v) {
        return v.matches("\\d{1,2}") || Vocabulary.shipped().find("agreement", v).isPresent();
    }

    private static void addOnce(List<String> list, String h) {
        if (!list.contains(h)) {
            list.add(h);
        }
    }

    /** A code made of a label: "Täysin samaa mieltä" → "taysin-samaa-mielta". */
    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\.(xlsx|xls|csv)$", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.isEmpty()) {
            s = "x";
        }
        return s.length() > 48 ? s.substring(0, 48).replaceAll("-$", "") : s;
    }
}
