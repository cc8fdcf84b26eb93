package org.lexmaturity.chart;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words and number conventions a chart uses in one of the three languages; any other language code falls back
 * to English. Immutable.
 */
enum ChartLanguage {
    FI("fi", Locale.forLanguageTag("fi-FI"), "Ei tietoja", "ja", "ym.", "Muut",
            Map.of("bar", "Pylväskaavio", "stacked-bar", "Pinottu pylväskaavio", "heatmap", "Lämpökartta",
                    "line", "Viivakaavio", "radar", "Tutkakaavio", "pie", "Ympyräkaavio"),
            "Eniten", "vähiten", "Ainoa", "Kaikissa sama arvo", "Suurin osuus", "pienin",
            "Suurin arvo", "pienin", "Korkein taso", "matalin", "tasot 0–4", "Sarjat"),
    SV("sv", Locale.forLanguageTag("sv-FI"), "Inga uppgifter", "och", "m.fl.", "Övriga",
            Map.of("bar", "Stapeldiagram", "stacked-bar", "Staplat stapeldiagram", "heatmap", "Värmekarta",
                    "line", "Linjediagram", "radar", "Radardiagram", "pie", "Cirkeldiagram"),
            "Högst", "lägst", "Enda", "Samma värde för alla", "Störst andel", "minst",
            "Högsta värde", "lägsta", "Högsta nivå", "lägsta", "nivåer 0–4", "Serier"),
    EN("en", Locale.UK, "No data", "and", "etc.", "Other",
            Map.of("bar", "Bar chart", "stacked-bar", "Stacked bar chart", "heatmap", "Heat map",
                    "line", "Line chart", "radar", "Radar chart", "pie", "Pie chart"),
            "Highest", "lowest", "Only", "All have the same value", "Largest share", "smallest",
            "Highest value", "lowest", "Highest level", "lowest", "levels 0–4", "Series");

    final String code;
    final Locale locale;
    final String noData;
    final String and;
    final String etc;
    final String other;
    private final Map<String, String> typeNames;
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

    ChartLanguage(String code, Locale locale, String noData, String and, String etc, String other,
                  Map<String, String> typeNames, String most, String least, String only, String allSame,
                  String largestShare, String smallestShare, String highestValue, String lowestValue,
                  String highestLevel, String lowestLevel, String levels, String series) {
        this.code = code;
        this.locale = locale;
        this.noData = noData;
        this.and = and;
        this.etc = etc;
        this.other = other;
        this.typeNames = typeNames;
        this.most = most;
        this.least = least;
        this.only = only;
        this.allSame = allSame;
        this.largestShare = largestShare;
        this.smallestShare = smallestShare;
        this.highestValue = highestValue;
        this.lowestValue = lowestValue;
        this.highestLevel = highestLevel;
        this.lowestLevel = lowestLevel;
        this.levels = levels;
        this.series = series;
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

    String typeName(String chartType) {
        return typeNames.getOrDefault(chartType, chartType);
    }

    /** "A", "A ja B", "A, B ja C", "A, B, C ym.": at most three names. */
    String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() > 3) {
            return String.join(", ", names.subList(0, 3)) + " " + etc;
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }
}
