package org.lexmaturity.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * One to three sentences saying what a chart shows, in the chart's language: its kind and title, then the highest
 * and lowest values by name ("Pylväskaavio: Esteet teemoittain. Eniten: Automaatio (14), vähiten: Pilvi (3).").
 * Stateless.
 */
final class AltText {
    private AltText() {}

    static String of(ChartTable table, ChartLanguage lang) {
        String type = table.type.equals("pie") && !table.isEmpty() && !ChartBuilder.partsOfWhole(table)
                ? "bar" : table.type;
        String title = table.title.strip().replaceAll("[.。]+$", "");
        String head = lang.typeName(type) + ": " + title;
        if (table.isEmpty()) {
            return head + ". " + lang.noData + ".";
        }
        NumberFormat numbers = ChartLook.numberFormat(lang, table.integral);
        DoubleFunction<String> plain = numbers::format;
        return switch (type) {
            case "bar" -> head + ". " + extremes(lang, table.totals(), lang.most, lang.least, plain);
            case "stacked-bar" -> head + ". " + extremes(lang, table.totals(), lang.most, lang.least, plain)
                    + (table.series.isEmpty() ? "" : " " + lang.series + ": " + lang.list(table.series) + ".");
            case "pie" -> head + ". " + extremes(lang, table.totals(), lang.largestShare, lang.smallestShare,
                    share(lang, numbers, table.totals()));
            case "heatmap" -> head + (table.hasSeries() ? ", " + table.categoryLabel + " × " + table.seriesLabel : "")
                    + ". " + extremes(lang, cells(table, " / ", false), lang.highestValue, lang.lowestValue, plain);
            case "line" -> head + ", " + span(table) + ". "
                    + extremes(lang, cells(table, ", ", true), lang.highestValue, lang.lowestValue, plain);
            case "radar" -> head + " (" + lang.levels + "). "
                    + extremes(lang, cells(table, " / ", false), lang.highestLevel, lang.lowestLevel, plain);
            default -> head + ".";
        };
    }

    /** "Eniten: A (14), vähiten: B ja C (3)." */
    private static String extremes(ChartLanguage lang, Map<String, Double> values, String most, String least,
                                   DoubleFunction<String> format) {
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double min = values.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        if (values.size() == 1) {
            Map.Entry<String, Double> only = values.entrySet().iterator().next();
            return lang.only + ": " + only.getKey() + " (" + format.apply(only.getValue()) + ").";
        }
        if (max == min) {
            return lang.allSame + ": " + format.apply(max) + ".";
        }
        return most + ": " + lang.list(named(values, max)) + " (" + format.apply(max) + "), "
                + least + ": " + lang.list(named(values, min)) + " (" + format.apply(min) + ").";
    }

    private static List<String> named(Map<String, Double> values, double value) {
        List<String> names = new ArrayList<>();
        values.forEach((name, v) -> {
            if (v == value) {
                names.add(name);
            }
        });
        return names;
    }

    private static DoubleFunction<String> share(ChartLanguage lang, NumberFormat numbers, Map<String, Double> parts) {
        double whole = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        NumberFormat percent = NumberFormat.getPercentInstance(lang.locale);
        percent.setMaximumFractionDigits(0);
        return v -> numbers.format(v) + ", " + percent.format(whole == 0 ? 0 : v / whole);
    }

    /** Each cell by name: "Automaatio / 2024", or for lines "Sarja, 2024-03". */
    private static Map<String, Double> cells(ChartTable table, String joiner, boolean seriesFirst) {
        Map<String, Double> named = new LinkedHashMap<>();
        for (ChartTable.Cell c : table.cells) {
            String name = c.series() == null ? c.category()
                    : seriesFirst ? c.series() + joiner + c.category() : c.category() + joiner + c.series();
            named.merge(name, c.value(), Double::sum);
        }
        return named;
    }

    private static String span(ChartTable table) {
        List<String> sorted = table.categories.stream().sorted().toList();
        String first = sorted.get(0);
        String last = sorted.get(sorted.size() - 1);
        return first.equals(last) ? first : first + "–" + last;
    }
}
