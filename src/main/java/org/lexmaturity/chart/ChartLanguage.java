package org.lexmaturity.chart;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lexmaturity.kernel.Language;
import org.lexmaturity.kernel.Messages;

/**
 * The words and number conventions a chart uses in one of the three languages; any other language code falls back
 * to English. The words come from the bundle {@code i18n/chart.LANG.properties} (see {@link Messages}). Immutable.
 */
enum ChartLanguage {
    FI("fi"),
    SV("sv"),
    EN("en");

    final String code;
    final Locale locale;
    final String noData;
    final String and;
    final String etc;
    final String other;
    final String most;
    final String least;
    final String only;
    final String allSame;
    final String largestShare;
    final String smallestShare;
    final String highestValue;
    final String lowestValue;
    final String highestLevel;
    final String lowestLevel;
    final String levels;
    final String series;

    ChartLanguage(String code) {
        this.code = code;
        this.locale = Language.locale(code);
        this.noData = word("noData");
        this.and = word("and");
        this.etc = word("etc");
        this.other = word("other");
        this.most = word("most");
        this.least = word("least");
        this.only = word("only");
        this.allSame = word("allSame");
        this.largestShare = word("largestShare");
        this.smallestShare = word("smallestShare");
        this.highestValue = word("highestValue");
        this.lowestValue = word("lowestValue");
        this.highestLevel = word("highestLevel");
        this.lowestLevel = word("lowestLevel");
        this.levels = word("levels");
        this.series = word("series");
    }

    static ChartLanguage of(String lang) {
        String code = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        for (ChartLanguage l : values()) {
            if (code.equals(l.code) || code.startsWith(l.code + "-")) {
                return l;
            }
        }
        return EN;
    }

    /** "Pylväskaavio" for "bar"; an unknown type as it is. */
    String typeName(String chartType) {
        return Words.MESSAGES.words(code).getOrDefault("chart.type." + chartType, chartType);
    }

    /** "A", "A ja B", "A, B ja C", "A, B, C ym.": at most three names. */
    String list(List<String> names) {
        int n = names.size();
        return Words.MESSAGES.format(code, "chart.list", Map.of("count", n, "a", names.get(0),
                "b", n > 1 ? names.get(1) : "", "c", n > 2 ? names.get(2) : ""));
    }

    /** One word of the chart bundle, {@code chart.NAME}, as written there (not read as a pattern). */
    private String word(String name) {
        return Words.MESSAGES.word(code, "chart." + name);
    }

    /** Holds the bundle apart from the enum: an enum's constructors may not read its own static fields. */
    private static final class Words {
        static final Messages MESSAGES = Messages.of("chart");
    }
}
