package org.lexmaturity.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Heat map cells with their number written in the middle, dark text on light cells and white on dark ones. A
 * number that does not fit its cell is left out rather than overlapping its neighbours. One instance per chart.
 */
final class HeatmapRenderer extends XYBlockRenderer {
    private static final long serialVersionUID = 1L;
    /** Cells are a little smaller than their slot, so a thin white line separates them. */
    private static final double CELL = 0.94;
    private final NumberFormat format;
    private final Font font;

    HeatmapRenderer(PaintScale scale, NumberFormat format, Font font) {
        this.format = format;
        this.font = font;
        setPaintScale(scale);
        setBlockWidth(CELL);
        setBlockHeight(CELL);
        setBlockAnchor(RectangleAnchor.CENTER);
        setDefaultToolTipGenerator(null);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState,
                pass);
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        double z = ((XYZDataset) dataset).getZValue(series, item);
        double x0 = domainAxis.valueToJava2D(x - CELL / 2, dataArea, plot.getDomainAxisEdge());
        double x1 = domainAxis.valueToJava2D(x + CELL / 2, dataArea, plot.getDomainAxisEdge());
        double y0 = rangeAxis.valueToJava2D(y - CELL / 2, dataArea, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(y + CELL / 2, dataArea, plot.getRangeAxisEdge());
        String text = format.format(z);
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        double width = Math.abs(x1 - x0);
        double height = Math.abs(y1 - y0);
        if (metrics.stringWidth(text) + 4 > width || metrics.getAscent() + 2 > height) {
            return;
        }
        g2.setPaint(textOn(getPaintScale().getPaint(z)));
        float tx = (float) ((x0 + x1) / 2 - metrics.stringWidth(text) / 2.0);
        float ty = (float) ((y0 + y1) / 2 + (metrics.getAscent() - metrics.getDescent()) / 2.0);
        g2.drawString(text, tx, ty);
    }

    /** Black or white, whichever contrasts more with the cell (WCAG relative luminance). */
    static Color textOn(Paint cell) {
        if (!(cell instanceof Color c)) {
            return ChartLook.INK;
        }
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? ChartLook.INK : Color.WHITE;
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
