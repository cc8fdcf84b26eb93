package org.lexmaturity.citations;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that inflect when an act is cited: the act-type word at the end of a compound name ("hallintolain",
 * "förvaltningslagens") or at the start of a title ("lain X:stä", "lagen om X"). A token is reduced to its base
 * form so that the name index stores each name once and every inflected form finds it.
 */
final class HeadWords {
    private record Head(String base, boolean compound, List<String> forms) {}

    // Compound heads may carry a stem ("hallinto|lain"); the participle must stand alone.
    private static final List<Head> HEADS = List.of(
            compound("laki", "laki", "lain", "lakia", "laissa", "laista", "lakiin", "lailla", "lailta", "laille", "lakina",
                    "laiksi", "lait", "lakien", "lakeja", "laeissa", "laeista", "lakeihin", "laeilla", "laeilta",
                    "laeille", "lakeina", "laeiksi"),
            compound("asetus", "asetus", "asetuksen", "asetusta", "asetuksessa", "asetuksesta", "asetukseen",
                    "asetuksella", "asetukselta", "asetukselle", "asetuksena", "asetukseksi", "asetukset",
                    "asetusten", "asetuksia", "asetuksissa", "asetuksista", "asetuksiin", "asetuksilla",
                    "asetuksille", "asetuksina"),
            compound("kaari", "kaari", "kaaren", "kaarta", "kaaressa", "kaaresta", "kaareen", "kaarella", "kaarelta",
                    "kaarelle", "kaarena", "kaareksi", "kaaret", "kaarien", "kaarten", "kaaria", "kaarissa",
                    "kaarista", "kaariin"),
            compound("lag", "lag", "lagen", "lagens", "lags", "lagar", "lagarna", "lagarnas"),
            compound("förordning", "förordning", "förordningen", "förordningens", "förordningar", "förordningarna"),
            compound("balk", "balk", "balken", "balkens", "balkar"),
            // "X:stä annetun lain": the participle agrees with the head, but is never part of a compound
            new Head("annettu", false, List.of("annettu", "annetun", "annettua", "annetussa", "annetusta",
                    "annettuun", "annetulla", "annetulle", "annetulta", "annettuna", "annetuksi", "annetut",
                    "annettujen", "annettuja", "annetuissa", "annetuista", "annettuihin", "annetuilla")));

    /** Base forms that end a name of an act; {@link #isActName} looks for these. */
    private static final Set<String> ACT_BASES = Set.of("laki", "asetus", "kaari", "lag", "förordning", "balk");

    // Swedish words ending in -lag that are not acts ("förslag", "bolag"); checked on the base form.
    private static final List<String> NOT_ACTS = List.of("förslag", "avslag", "anslag", "beslag", "inslag", "utslag",
            "omslag", "påslag", "tillslag", "uppslag", "underlag", "bolag", "samlag", "arbetslag", "handslag");

    private HeadWords() {}

    private record Form(String text, Head head) {}

    // Every token of every text is looked up, so forms are found by their last two letters, longest first.
    private static final Map<String, List<Form>> BY_ENDING = HEADS.stream()
            .flatMap(h -> h.forms().stream().map(f -> new Form(f, h)))
            .sorted(Comparator.comparingInt((Form f) -> f.text().length()).reversed())
            .collect(Collectors.groupingBy(f -> ending(f.text())));

    /** The token in lower case with an inflected head word reduced to its base form ("hallintolain" → "hallintolaki"). */
    static String base(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.length() < 3) {
            return lower;
        }
        for (Form form : BY_ENDING.getOrDefault(ending(lower), List.of())) {
            if (lower.endsWith(form.text()) && (form.head().compound() || lower.length() == form.text().length())) {
                return lower.substring(0, lower.length() - form.text().length()) + form.head().base();
            }
        }
        return lower;
    }

    private static String ending(String word) {
        return word.substring(word.length() - 2);
    }

    /**
     * True if a base form names some act by itself, as a compound of a stem and an act-type word
     * ("kalastuslaki", "körkortslag"): such a word followed by a section is a citation even when the act is unknown.
     * The bare type word ("laki", "lagen") is not: "tämän lain 5 §" points back to an act named elsewhere.
     */
    static boolean isActName(String base) {
        for (String type : ACT_BASES) {
            if (base.endsWith(type) && base.length() >= type.length() + 3) {
                return NOT_ACTS.stream().noneMatch(base::endsWith);
            }
        }
        return false;
    }

    private static Head compound(String base, String... forms) {
        return new Head(base, true, List.of(forms));
    }
}
