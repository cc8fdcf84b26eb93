package org.lexmaturity.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * Viridis from light (low) to dark (high): perceptually even and readable for colour-blind readers. Immutable.
 */
record HeatScale(double lower, double upper) implements PaintScale, Serializable {
    private static final Color[] STOPS = {
        new Color(0xFDE725), new Color(0x7AD151), new Color(0x22A884), new Color(0x2A788E),
        new Color(0x414487), new Color(0x440154),
    };

    HeatScale {
        if (!(upper > lower)) {
            upper = lower + 1;
        }
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
        int i = Math.min((int) t, STOPS.length - 2);
        double f = t - i;
        Color a = STOPS[i];
        Color b = STOPS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
