package org.lexmaturity.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Survey quotes for analysts' reports: the free-text answers that cite an act, shortened, with e-mail addresses,
 * phone numbers, the respondent's own contact names and organisation name taken out, and attributed to an
 * organisation type only — never to a person or an organisation.
 */
public final class Quotes {
    public static final int MAX_LENGTH = 240;
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(\\+?\\d[\\d ()-]{6,}\\d)");

    /** A shortened anonymous quote and its attribution: an organisation type, never a person or an organisation. */
    public record Quote(String text, String attribution) {}

    private Quotes() {}

    public static List<Quote> forAct(Store store, Node act, String lang, int limit) {
        return store.read(dsg -> {
            Map<String, String[]> answers = new LinkedHashMap<>(); // answer → {text, type label}
            Map<String, List<String>> secrets = new LinkedHashMap<>();
            for (Sparql.Row r : Sparql.select(dsg, "act-quotes", Map.of("act", act, "private", store.graphs().surveysPrivate()))) {
                String a = r.string("answer");
                String type = r.get("type").map(t -> Vocabulary.shipped().label(t, lang)).orElse(unknown(lang));
                answers.putIfAbsent(a, new String[] {r.string("text"), type});
                List<String> s = secrets.computeIfAbsent(a, k -> new ArrayList<>());
                r.get("organisation").ifPresent(o -> s.add(o.getLiteralLexicalForm()));
                r.get("contact").ifPresent(c -> s.add(c.getLiteralLexicalForm()));
            }
            List<Quote> out = new ArrayList<>();
            for (var e : answers.entrySet()) {
                if (out.size() >= limit) {
                    break;
                }
                out.add(new Quote(anonymise(e.getValue()[0], secrets.get(e.getKey()), lang), e.getValue()[1]));
            }
            return out;
        });
    }

    static String anonymise(String text, List<String> secrets, String lang) {
        String t = EMAIL.matcher(text).replaceAll("[…]");
        t = PHONE.matcher(t).replaceAll("[…]");
        for (String s : secrets) {
            if (s.length() >= 3 && !s.contains("@")) {
                t = t.replace(s, lang.equals("sv") ? "[namn]" : lang.equals("en") ? "[name]" : "[nimi]");
                // a name's first and last word alone ("Maija", "Meikäläinen") also go
                for (String part : s.split("\\s+")) {
                    if (part.length() >= 4 && Character.isUpperCase(part.charAt(0))) {
                        t = t.replaceAll("\\b" + Pattern.quote(part) + "\\b", lang.equals("sv") ? "[namn]" : lang.equals("en") ? "[name]" : "[nimi]");
                    }
                }
            }
        }
        t = t.replaceAll("\\s+", " ").strip();
        if (t.length() > MAX_LENGTH) {
            int cut = t.lastIndexOf(' ', MAX_LENGTH);
            t = t.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH) + " …";
        }
        return t;
    }

    private static String unknown(String lang) {
        return switch (lang) {
            case "sv" -> "organisation av okänd typ";
            case "en" -> "organisation of unknown type";
            default -> "tuntematon organisaatiotyyppi";
        };
    }
}
