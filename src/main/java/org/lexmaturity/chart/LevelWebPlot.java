package org.lexmaturity.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;

/**
 * A spider web with a ring at every maturity level (1 to the maximum) and the level numbers along the first axis,
 * so a reader can tell a 2 from a 3. JFreeChart's own plot draws only the spokes. One instance per chart.
 */
final class LevelWebPlot extends SpiderWebPlot {
    private static final long serialVersionUID = 1L;
    private final int levels;
    private final Font levelFont;

    LevelWebPlot(CategoryDataset dataset, int levels, Font levelFont) {
        super(dataset);
        this.levels = levels;
        this.levelFont = levelFont;
        setMaxValue(levels);
    }

    @Override
    protected void drawLabel(Graphics2D g2, Rectangle2D radarArea, double value, int cat, double startAngle,
                             double extent) {
        // SpiderWebPlot draws spokes and labels category by category, then the series: the rings go in first.
        if (cat == 0) {
            drawRings(g2, radarArea);
        }
        super.drawLabel(g2, radarArea, value, cat, startAngle, extent);
    }

    private void drawRings(Graphics2D g2, Rectangle2D radarArea) {
        int catCount = getDataset().getColumnCount();
        if (catCount < 3) {
            return;
        }
        g2.setStroke(new BasicStroke(1f));
        for (int level = 1; level <= levels; level++) {
            Path2D.Double ring = new Path2D.Double();
            for (int cat = 0; cat < catCount; cat++) {
                Point2D p = getWebPoint(radarArea, angle(cat, catCount), (double) level / levels);
                if (cat == 0) {
                    ring.moveTo(p.getX(), p.getY());
                } else {
                    ring.lineTo(p.getX(), p.getY());
                }
            }
            ring.closePath();
            g2.setPaint(ChartLook.GRID);
            g2.draw(ring);
        }
        g2.setFont(levelFont);
        g2.setPaint(ChartLook.SOFT_INK);
        for (int level = 0; level <= levels; level++) {
            Point2D p = getWebPoint(radarArea, angle(0, catCount), (double) level / levels);
            // up and to the right of the ring, clear of a data point sitting on the spoke
            g2.drawString(Integer.toString(level), (float) p.getX() + 8, (float) p.getY() - 4);
        }
    }

    private double angle(int cat, int catCount) {
        return getStartAngle() + getDirection().getFactor() * cat * 360 / catCount;
    }
}
