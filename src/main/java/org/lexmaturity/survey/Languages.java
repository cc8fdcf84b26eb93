package org.lexmaturity.survey;

import java.util.regex.Pattern;

/** A cheap guess of whether a short text is Finnish, Swedish or English, for labelling inferred question texts. */
public final class Languages {
    private static final Pattern SWEDISH = Pattern.compile("(?iu)\\b(och|att|för|av|som|är|det|med|inte|ska|skall|eller|enligt|till|på|myndighet\\w*|lag\\w*|ja|nej)\\b|[å]");
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|and|of|to|is|does|which|yes|no)\\b");
    private static final Pattern FINNISH = Pattern.compile("(?iu)\\b(ja|on|ei|tai|kyllä|että)\\b|[äö]\\w*(ssa|ssä|sta|stä|lla|llä)\\b|\\w+(ssa|ssä|sta|stä|lla|llä|nen|inen)\\b");

    /** Whole function words only (no letters or endings), for telling "none of the three" from a short text. */
    private static final Pattern SWEDISH_WORDS = Pattern.compile("(?iu)\\b(och|att|för|av|som|är|det|med|inte|ska|skall)\\b");
    private static final Pattern FINNISH_WORDS = Pattern.compile("(?iu)\\b(ja|on|ei|tai|että|sekä|tai|voi|tulee|ovat)\\b");

    private Languages() {}

    public static String guess(String text) {
        int sv = count(SWEDISH, text);
        int en = count(ENGLISH, text);
        int fi = count(FINNISH, text);
        if (sv > fi && sv >= en) {
            return "sv";
        }
        if (en > fi && en > sv) {
            return "en";
        }
        return "fi";
    }

    /**
     * The guess, or empty when the text has none of the three languages' common words (a German or Estonian text):
     * screening must say it has no rules for such a text, not find nothing in it.
     */
    public static java.util.Optional<String> guessIfAny(String text) {
        int sv = count(SWEDISH_WORDS, text);
        int en = count(ENGLISH, text);
        int fi = count(FINNISH_WORDS, text);
        return sv + en + fi == 0 ? java.util.Optional.empty() : java.util.Optional.of(guess(text));
    }

    private static int count(Pattern p, String text) {
        return (int) p.matcher(text).results().count();
    }
}
