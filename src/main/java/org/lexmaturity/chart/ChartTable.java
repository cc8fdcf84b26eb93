package org.lexmaturity.chart;

import java.util.Arrays;
import java.util.Set;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lexmaturity.analysis.AnalysisDefinition;
import org.lexmaturity.analysis.AnalysisResult;

/**
 * The part of an analysis result a chart draws: (category, series, value) cells in the order the rows give them,
 * with the axis labels in one language. Rows whose category or value is empty are left out; a repeated
 * (category, series) pair is added up. Immutable once built.
 */
final class ChartTable {
    static final Set<String> TYPES = Set.of("bar", "stacked-bar", "heatmap", "line", "radar", "pie");

    /** One drawable value. {@code series} is null when the chart has no series column. */
    record Cell(String category, Object rawCategory, String series, double value) {}

    final String analysisId;
    final String type;
    final String title;
    final String categoryLabel;
    final String seriesLabel;
    final String valueLabel;
    /** True when the values are counts: integer ticks and no decimals. */
    final boolean integral;
    final List<Cell> cells;
    final List<String> categories;
    final List<String> series;

    private ChartTable(String analysisId, String type, String title, String categoryLabel, String seriesLabel,
                       String valueLabel, boolean integral, List<Cell> cells) {
        this.analysisId = analysisId;
        this.type = type;
        this.title = title;
        this.categoryLabel = categoryLabel;
        this.seriesLabel = seriesLabel;
        this.valueLabel = valueLabel;
        this.integral = integral;
        this.cells = List.copyOf(cells);
        LinkedHashSet<String> cats = new LinkedHashSet<>();
        LinkedHashSet<String> sers = new LinkedHashSet<>();
        for (Cell c : cells) {
            cats.add(c.category());
            if (c.series() != null) {
                sers.add(c.series());
            }
        }
        this.categories = List.copyOf(cats);
        this.series = List.copyOf(sers);
    }

    /** The chart type of a definition, lower case; "none" when it has no chart. */
    static String chartType(AnalysisDefinition definition) {
        AnalysisDefinition.Chart chart = definition.chart();
        return chart == null || chart.type() == null ? "none" : chart.type().trim().toLowerCase(Locale.ROOT);
    }

    static ChartTable of(AnalysisResult result, String lang) {
        AnalysisDefinition def = result.definition();
        String type = chartType(def);
        if (type.equals("none")) {
            throw new IllegalArgumentException("analysis " + def.id() + " has no chart");
        }
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("analysis " + def.id() + ": unknown chart type '" + type + "'");
        }
        AnalysisDefinition.Chart chart = def.chart();
        int categoryIndex = result.column(chart.category());
        int valueIndex = result.column(chart.value());
        Optional<String> seriesName = chart.series() == null ? Optional.empty() : chart.series().filter(s -> !s.isBlank());
        int seriesIndex = seriesName.map(result::column).orElse(-1);
        AnalysisDefinition.Column valueColumn = result.columns().get(valueIndex);

        Map<List<String>, Cell> cells = new LinkedHashMap<>();
        boolean allWhole = true;
        for (int r = 0; r < result.rows().size(); r++) {
            List<Object> row = result.rows().get(r);
            Object rawCategory = at(row, categoryIndex);
            Object rawValue = at(row, valueIndex);
            if (rawCategory == null || rawValue == null) {
                continue;
            }
            double value = number(def.id(), r, valueColumn.name(), rawValue);
            allWhole &= rawValue instanceof Long || rawValue instanceof Integer || rawValue instanceof Short
                    || rawValue instanceof BigInteger;
            String category = text(rawCategory);
            String series = seriesIndex < 0 ? null : text(at(row, seriesIndex));
            List<String> key = Arrays.asList(category, series);
            Cell before = cells.get(key);
            cells.put(key, new Cell(category, rawCategory, series, before == null ? value : before.value() + value));
        }
        boolean integral = "integer".equalsIgnoreCase(valueColumn.type()) || (!cells.isEmpty() && allWhole);
        return new ChartTable(def.id(), type, def.title(lang),
                label(result.columns().get(categoryIndex), lang),
                seriesIndex < 0 ? null : label(result.columns().get(seriesIndex), lang),
                label(valueColumn, lang), integral, new ArrayList<>(cells.values()));
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    boolean hasSeries() {
        return seriesLabel != null;
    }

    /** Totals per category, in category order. */
    Map<String, Double> totals() {
        Map<String, Double> totals = new LinkedHashMap<>();
        for (Cell c : cells) {
            totals.merge(c.category(), c.value(), Double::sum);
        }
        return totals;
    }

    static String label(AnalysisDefinition.Column column, String lang) {
        Map<String, String> labels = column.label() == null ? Map.of() : column.label();
        String label = labels.get(lang);
        if (label == null || label.isBlank()) {
            label = labels.get("en");
        }
        return label == null || label.isBlank() ? column.name() : label;
    }

    private static Object at(List<Object> row, int index) {
        return index < row.size() ? row.get(index) : null;
    }

    private static String text(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value.toString();
    }

    private static double number(String analysisId, int row, String column, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return new BigDecimal(value.toString().trim()).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Chart for analysis " + analysisId + ": row " + (row + 1) + ", column '"
                    + column + "': '" + value + "' is not a number");
        }
    }
}
