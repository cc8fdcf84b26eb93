package org.lexmaturity.chart;

import java.util.LinkedHashMap;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.Rotation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Turns a {@link ChartTable} into a JFreeChart of its type. Every call builds new objects, so concurrent calls share
 * nothing.
 */
final class ChartBuilder {
    /** Above this many categories, or with long labels, bars lie down so their labels stay readable. */
    static final int MAX_VERTICAL_BARS = 12;
    static final int MAX_PIE_SLICES = 7;
    private static final int LABEL_MAX = 40;
    private static final BasicStroke GRID_STROKE = new BasicStroke(1f);

    private final ChartTable table;
    private final ChartLanguage lang;

    private ChartBuilder(ChartTable table, ChartLanguage lang) {
        this.table = table;
        this.lang = lang;
    }

    static JFreeChart build(ChartTable table, ChartLanguage lang) {
        ChartBuilder b = new ChartBuilder(table, lang);
        if (table.isEmpty()) {
            return b.noData();
        }
        return switch (table.type) {
            case "bar" -> b.bars(false);
            case "stacked-bar" -> b.bars(true);
            case "heatmap" -> b.heatmap();
            case "line" -> b.line();
            case "radar" -> b.radar();
            case "pie" -> partsOfWhole(table) ? b.pie() : b.bars(false);
            default -> throw new IllegalArgumentException(
                    "analysis " + table.analysisId + ": unknown chart type '" + table.type + "'");
        };
    }

    /** A pie only shows parts of one whole: no series, and no negative part. Anything else is drawn as bars. */
    static boolean partsOfWhole(ChartTable table) {
        return !table.hasSeries() && table.cells.stream().allMatch(c -> c.value() >= 0)
                && table.cells.stream().anyMatch(c -> c.value() > 0);
    }

    private JFreeChart chart(Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(table.title, ChartLook.font(Font.BOLD, 20), plot, legend);
        ChartLook.theme().apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 12, 8, 16));
        TextTitle title = chart.getTitle();
        title.setFont(ChartLook.font(Font.BOLD, 20));
        title.setPaint(ChartLook.INK);
        title.setPadding(new RectangleInsets(4, 4, 12, 4));
        ChartLook.styleLegend(chart.getLegend());
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setNoDataMessage(lang.noData);
        plot.setNoDataMessageFont(ChartLook.font(Font.PLAIN, 20));
        plot.setNoDataMessagePaint(ChartLook.SOFT_INK);
        return chart;
    }

    private JFreeChart noData() {
        PiePlot<String> plot = new PiePlot<>(null);
        return chart(plot, false);
    }

    private String seriesKey(ChartTable.Cell cell) {
        return cell.series() == null ? table.valueLabel : cell.series();
    }

    private JFreeChart bars(boolean stacked) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartTable.Cell c : table.cells) {
            dataset.addValue(c.value(), seriesKey(c), shorten(c.category()));
        }
        boolean horizontal = lieDown(table.categories);
        CategoryAxis categoryAxis = new CategoryAxis(table.categoryLabel);
        NumberAxis valueAxis = new NumberAxis(table.valueLabel);
        BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        JFreeChart chart = chart(plot, table.hasSeries());
        styleCategoryPlot(plot, categoryAxis, valueAxis, horizontal);

        // stacked parts are parted by a thin white line, so neighbours do not rely on colour alone
        renderer.setDrawBarOutline(stacked);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1f));
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(horizontal ? 0.9 : 0.12);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, ChartLook.paint(i));
        }
        if (!stacked) {
            // the number at the end of each bar: the chart can be read without the grid
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                    ChartLook.numberFormat(lang, table.integral)));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(ChartLook.font(Font.PLAIN, 12));
            renderer.setDefaultItemLabelPaint(ChartLook.INK);
            renderer.setDefaultPositiveItemLabelPosition(horizontal
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            renderer.setDefaultNegativeItemLabelPosition(horizontal
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
            renderer.setItemLabelInsets(new RectangleInsets(4, 4, 4, 4));
            valueAxis.setUpperMargin(0.1);
            if (table.cells.stream().anyMatch(c -> c.value() < 0)) {
                valueAxis.setLowerMargin(0.1);
            }
        }
        return chart;
    }

    private void styleCategoryPlot(CategoryPlot plot, CategoryAxis categoryAxis, NumberAxis valueAxis,
                                   boolean horizontal) {
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlineStroke(GRID_STROKE);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(ChartLook.SOFT_INK);
        plot.setRangeZeroBaselineStroke(GRID_STROKE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // lying bars keep their numbers below them, where a reader's eye ends
        plot.setRangeAxisLocation(horizontal ? AxisLocation.BOTTOM_OR_RIGHT : AxisLocation.BOTTOM_OR_LEFT);
        ChartLook.styleValueAxis(valueAxis, lang, table.integral);
        valueAxis.setAxisLineVisible(false);
        valueAxis.setTickMarksVisible(false);
        categoryAxis.setLabelFont(ChartLook.font(Font.PLAIN, 14));
        categoryAxis.setTickLabelFont(ChartLook.font(Font.PLAIN, 12));
        categoryAxis.setTickLabelPaint(ChartLook.INK);
        categoryAxis.setAxisLinePaint(ChartLook.SOFT_INK);
        categoryAxis.setTickMarksVisible(false);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setCategoryMargin(horizontal ? 0.25 : 0.2);
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);
        if (horizontal) {
            categoryAxis.setMaximumCategoryLabelWidthRatio(0.4f);
        }
    }

    static boolean lieDown(List<String> categories) {
        int longest = categories.stream().mapToInt(String::length).max().orElse(0);
        int total = categories.stream().mapToInt(String::length).sum();
        return categories.size() > MAX_VERTICAL_BARS || longest > 24 || total > 120;
    }

    private JFreeChart heatmap() {
        List<String> xs = table.categories;
        List<String> ys = table.hasSeries() ? table.series : List.of(table.valueLabel);
        int n = table.cells.size();
        double[][] data = new double[3][n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            ChartTable.Cell c = table.cells.get(i);
            data[0][i] = xs.indexOf(c.category());
            data[1][i] = c.series() == null ? 0 : ys.indexOf(c.series());
            data[2][i] = c.value();
            min = Math.min(min, c.value());
            max = Math.max(max, c.value());
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(table.valueLabel, data);

        SymbolAxis xAxis = symbolAxis(table.categoryLabel, xs);
        SymbolAxis yAxis = symbolAxis(table.hasSeries() ? table.seriesLabel : "", ys);
        yAxis.setInverted(true); // first series on top: read like a table
        int longest = xs.stream().mapToInt(String::length).max().orElse(0);
        xAxis.setVerticalTickLabels(xs.size() * Math.min(longest, LABEL_MAX) > 90);

        HeatScale scale = new HeatScale(table.integral && min >= 0 ? 0 : min, max);
        HeatmapRenderer renderer = new HeatmapRenderer(scale, ChartLook.numberFormat(lang, table.integral),
                ChartLook.font(Font.PLAIN, 13));
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        JFreeChart chart = chart(plot, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (SymbolAxis axis : List.of(xAxis, yAxis)) {
            axis.setTickLabelFont(ChartLook.font(Font.PLAIN, 12));
            axis.setTickLabelPaint(ChartLook.INK);
            axis.setLabelFont(ChartLook.font(Font.PLAIN, 14));
            axis.setAxisLineVisible(false);
            axis.setTickMarksVisible(false);
        }

        NumberAxis legendAxis = new NumberAxis(table.valueLabel);
        ChartLook.styleValueAxis(legendAxis, lang, table.integral);
        legendAxis.setRange(scale.lower(), scale.upper());
        legendAxis.setLabelFont(ChartLook.font(Font.PLAIN, 13));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(16);
        legend.setStripOutlineVisible(false);
        legend.setSubdivisionCount(128);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setMargin(new RectangleInsets(8, 16, 8, 0));
        chart.addSubtitle(legend);
        return chart;
    }

    private static SymbolAxis symbolAxis(String label, List<String> symbols) {
        SymbolAxis axis = new SymbolAxis(label, symbols.stream().map(ChartBuilder::shorten).toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, symbols.size() - 0.5);
        return axis;
    }

    private JFreeChart line() {
        List<RegularTimePeriod> periods = new ArrayList<>();
        for (ChartTable.Cell c : table.cells) {
            RegularTimePeriod p = TimePeriods.period(c.rawCategory());
            if (p == null || (!periods.isEmpty() && p.getClass() != periods.get(0).getClass())) {
                return categoryLine();
            }
            periods.add(p);
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        Map<String, TimeSeries> bySeries = new LinkedHashMap<>();
        for (int i = 0; i < table.cells.size(); i++) {
            ChartTable.Cell c = table.cells.get(i);
            bySeries.computeIfAbsent(seriesKey(c), TimeSeries::new).addOrUpdate(periods.get(i), c.value());
        }
        bySeries.values().forEach(dataset::addSeries);
        dataset.setXPosition(TimePeriodAnchor.START);

        DateAxis timeAxis = new DateAxis(table.categoryLabel);
        timeAxis.setStandardTickUnits(TimePeriods.tickUnits(periods.get(0), lang.locale));
        NumberAxis valueAxis = new NumberAxis(table.valueLabel);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, periods.size() / bySeries.size() <= 60);
        XYPlot plot = new XYPlot(dataset, timeAxis, valueAxis, renderer);
        JFreeChart chart = chart(plot, table.hasSeries());
        for (int i = 0; i < bySeries.size(); i++) {
            renderer.setSeriesPaint(i, ChartLook.paint(i));
            renderer.setSeriesStroke(i, ChartLook.lineStroke(i));
            renderer.setSeriesShape(i, ChartLook.marker(i));
        }
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlineStroke(GRID_STROKE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        ChartLook.styleValueAxis(valueAxis, lang, table.integral);
        valueAxis.setAutoRangeIncludesZero(table.cells.stream().allMatch(c -> c.value() >= 0));
        valueAxis.setAxisLineVisible(false);
        valueAxis.setTickMarksVisible(false);
        timeAxis.setLabelFont(ChartLook.font(Font.PLAIN, 14));
        timeAxis.setTickLabelFont(ChartLook.font(Font.PLAIN, 12));
        timeAxis.setAxisLinePaint(ChartLook.SOFT_INK);
        timeAxis.setLowerMargin(0.02);
        timeAxis.setUpperMargin(0.02);
        return chart;
    }

    /** A line over categories that are not dates: in row order. */
    private JFreeChart categoryLine() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartTable.Cell c : table.cells) {
            dataset.addValue(c.value(), seriesKey(c), shorten(c.category()));
        }
        CategoryAxis categoryAxis = new CategoryAxis(table.categoryLabel);
        NumberAxis valueAxis = new NumberAxis(table.valueLabel);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        JFreeChart chart = chart(plot, table.hasSeries());
        styleCategoryPlot(plot, categoryAxis, valueAxis, false);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, ChartLook.paint(i));
            renderer.setSeriesStroke(i, ChartLook.lineStroke(i));
            renderer.setSeriesShape(i, ChartLook.marker(i));
        }
        return chart;
    }

    private JFreeChart radar() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartTable.Cell c : table.cells) {
            dataset.addValue(c.value(), seriesKey(c), shorten(c.category()));
        }
        LevelWebPlot plot = new LevelWebPlot(dataset, 4, ChartLook.font(Font.PLAIN, 11));
        JFreeChart chart = chart(plot, table.hasSeries());
        plot.setWebFilled(true);
        plot.setInteriorGap(0.28); // room for long dimension names beside the web
        plot.setHeadPercent(0.015);
        plot.setLabelFont(ChartLook.font(Font.PLAIN, 13));
        plot.setLabelPaint(ChartLook.INK);
        plot.setAxisLinePaint(ChartLook.GRID);
        plot.setAxisLineStroke(GRID_STROKE);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            plot.setSeriesPaint(i, ChartLook.paint(i));
            plot.setSeriesOutlinePaint(i, ChartLook.paint(i));
            plot.setSeriesOutlineStroke(i, new BasicStroke(2.5f));
        }
        return chart;
    }

    private JFreeChart pie() {
        List<ChartTable.Cell> parts = new ArrayList<>(table.cells);
        parts.removeIf(c -> c.value() == 0);
        parts.sort(Comparator.comparingDouble(ChartTable.Cell::value).reversed());
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        int shown = parts.size() > MAX_PIE_SLICES ? MAX_PIE_SLICES - 1 : parts.size();
        for (int i = 0; i < shown; i++) {
            dataset.setValue(shorten(parts.get(i).category()), parts.get(i).value());
        }
        if (shown < parts.size()) {
            double rest = parts.subList(shown, parts.size()).stream().mapToDouble(ChartTable.Cell::value).sum();
            dataset.setValue(lang.other, rest);
        }
        PiePlot<String> plot = new PiePlot<>(dataset);
        JFreeChart chart = chart(plot, false);
        for (int i = 0; i < dataset.getItemCount(); i++) {
            plot.setSectionPaint(dataset.getKey(i), ChartLook.paint(i));
        }
        NumberFormat percent = NumberFormat.getPercentInstance(lang.locale);
        percent.setMaximumFractionDigits(0);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})",
                ChartLook.numberFormat(lang, table.integral), percent));
        plot.setLabelFont(ChartLook.font(Font.PLAIN, 13));
        plot.setLabelPaint(ChartLook.INK);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
        plot.setLabelLinkPaint(ChartLook.SOFT_INK);
        plot.setShadowPaint(null);
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(2f));
        plot.setStartAngle(90);
        plot.setDirection(Rotation.CLOCKWISE);
        plot.setInteriorGap(0.06);
        return chart;
    }

    static String shorten(String label) {
        return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1).strip() + "…";
    }
}
