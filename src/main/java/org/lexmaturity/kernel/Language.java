package org.lexmaturity.kernel;

import java.util.stream.Stream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages the tool speaks (Finnish, Swedish, English) and the one rule for a text missing in the language asked
 * for: Finnish, the language most statutes and answers are written in, then Swedish, the other official language,
 * then English, then whatever there is.
 */
public final class Language {
    /** Every language, in fallback order. */
    public static final List<String> ALL = List.of("fi", "sv", "en");

    private Language() {}

    /** The text in {@code lang}, else by the fallback order; empty when there is none. Blank texts count as missing. */
    public static String pick(Map<String, String> texts, String lang) {
        for (String l : order(lang)) {
            String t = texts.get(l);
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return texts.values().stream().filter(t -> t != null && !t.isBlank()).findFirst().orElse("");
    }

    /**
     * The locale that writes numbers, dates and plural forms in {@code lang}: Finland's Finnish and Swedish, British
     * English; any other code is read as a BCP 47 tag.
     */
    public static Locale locale(String lang) {
        return switch (lang) {
            case "fi" -> Locale.forLanguageTag("fi-FI");
            case "sv" -> Locale.forLanguageTag("sv-FI");
            case "en" -> Locale.UK;
            default -> Locale.forLanguageTag(lang);
        };
    }

    /** {@code lang} first, then the others in fallback order. */
    public static List<String> order(String lang) {
        return Stream.concat(Stream.of(lang), ALL.stream().filter(l -> !l.equals(lang))).toList();
    }
}
