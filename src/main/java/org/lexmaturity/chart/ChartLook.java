package org.lexmaturity.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Set;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of all charts: Okabe–Ito colours (safe for colour-blind readers), DejaVu Sans, white ground, flat
 * bars, no shadows or gradients, and number formats of the chart's language. The constants are immutable; every
 * theme and format is made fresh per chart, because JFreeChart themes and {@link NumberFormat}s are not thread-safe.
 */
final class ChartLook {
    /** Okabe & Ito (2008), reordered so the first colours contrast well with white; yellow comes late. */
    static final List<Color> PALETTE = List.of(
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0xD55E00), // vermillion
        new Color(0xF0E442), // yellow
        new Color(0x000000)  // black
    );
    static final Color INK = new Color(0x1A1A1A);
    static final Color SOFT_INK = new Color(0x444444);
    static final Color GRID = new Color(0xDDDDDD);
    static final String FONT_FAMILY = fontFamily();

    private ChartLook() {}

    private static String fontFamily() {
        try {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            return Set.of(names).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
        } catch (RuntimeException | Error e) {
            return Font.SANS_SERIF;
        }
    }

    static Font font(int style, int size) {
        return new Font(FONT_FAMILY, style, size);
    }

    static Paint paint(int series) {
        return PALETTE.get(series % PALETTE.size());
    }

    /** Lines differ by dash as well as colour once the palette repeats, and so stay apart in grey print. */
    static Stroke lineStroke(int series) {
        float[][] dashes = {null, {8f, 4f}, {2f, 4f}, {12f, 4f, 2f, 4f}};
        float[] dash = dashes[(series / PALETTE.size() + series) % dashes.length];
        return dash == null
                ? new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    static Shape marker(int series) {
        double s = 7;
        Shape[] shapes = {
            new Ellipse2D.Double(-s / 2, -s / 2, s, s),
            new Rectangle2D.Double(-s / 2, -s / 2, s, s),
            triangle(s),
            diamond(s),
        };
        return shapes[series % shapes.length];
    }

    private static Shape triangle(double s) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -s / 2 - 1);
        p.lineTo(s / 2 + 1, s / 2);
        p.lineTo(-s / 2 - 1, s / 2);
        p.closePath();
        return p;
    }

    private static Shape diamond(double s) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -s / 2 - 1);
        p.lineTo(s / 2 + 1, 0);
        p.lineTo(0, s / 2 + 1);
        p.lineTo(-s / 2 - 1, 0);
        p.closePath();
        return p;
    }

    /** A new theme; {@code apply} it to a chart, then adjust what is specific to the chart type. */
    static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("Lexmaturity", false);
        t.setExtraLargeFont(font(Font.BOLD, 20));
        t.setLargeFont(font(Font.PLAIN, 15));
        t.setRegularFont(font(Font.PLAIN, 13));
        t.setSmallFont(font(Font.PLAIN, 12));
        t.setTitlePaint(INK);
        t.setSubtitlePaint(SOFT_INK);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setLegendItemPaint(INK);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(Color.WHITE);
        t.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
        t.setLabelLinkPaint(SOFT_INK);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setBaselinePaint(SOFT_INK);
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        t.setAxisLabelPaint(INK);
        t.setTickLabelPaint(SOFT_INK);
        t.setItemLabelPaint(INK);
        t.setShadowVisible(false);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        Stroke[] strokes = new Stroke[PALETTE.size()];
        Shape[] shapes = new Shape[PALETTE.size()];
        for (int i = 0; i < PALETTE.size(); i++) {
            strokes[i] = lineStroke(i);
            shapes[i] = marker(i);
        }
        t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE.toArray(new Paint[0]),
                new Paint[] {Color.WHITE}, new Paint[] {SOFT_INK}, strokes,
                new Stroke[] {new BasicStroke(1f)}, shapes));
        return t;
    }

    static void styleLegend(LegendTitle legend) {
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(font(Font.PLAIN, 13));
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        }
    }

    /** A value axis with the language's grouping and, for counts, whole-number ticks only. */
    static void styleValueAxis(NumberAxis axis, ChartLanguage lang, boolean integral) {
        TickUnitSource units = integral ? NumberAxis.createIntegerTickUnits(lang.locale)
                : NumberAxis.createStandardTickUnits(lang.locale);
        axis.setStandardTickUnits(units);
        axis.setLabelFont(font(Font.PLAIN, 14));
        axis.setTickLabelFont(font(Font.PLAIN, 12));
    }

    static NumberFormat numberFormat(ChartLanguage lang, boolean integral) {
        NumberFormat f = NumberFormat.getNumberInstance(lang.locale);
        f.setGroupingUsed(true);
        f.setMaximumFractionDigits(integral ? 0 : 2);
        return f;
    }
}
