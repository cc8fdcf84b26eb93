package org.lexmaturity.survey;

import java.util.regex.Pattern;

/** A cheap guess of whether a short text is Finnish, Swedish or English, for labelling inferred question texts. */
public final class Languages {
    private static final Pattern SWEDISH = Pattern.compile("(?iu)\\b(och|att|för|av|som|är|det|med|inte|myndighet\\w*|lag\\w*|ja|nej)\\b|[å]");
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|and|of|to|is|does|which|yes|no)\\b");
    private static final Pattern FINNISH = Pattern.compile("(?iu)\\b(ja|on|ei|tai|kyllä|että)\\b|[äö]\\w*(ssa|ssä|sta|stä|lla|llä)\\b|\\w+(ssa|ssä|sta|stä|lla|llä|nen|inen)\\b");

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

    private static int count(Pattern p, String text) {
        return (int) p.matcher(text).results().count();
    }
}
