package org.lexmaturity.generate;

/**
 * How much a scale factor generates: SF1 is about a national statute book (4,000 acts, about 150,000 provisions,
 * 1,000 survey responses, 2,000 barriers, 500 measures); everything scales linearly, at least one of each.
 */
public record GeneratedSize(double scale, int acts, int responses, int barriers, int measures) {
    /** Acts are numbered 5001 and up in each of 31 years; above this scale they would reach the demo acts' 9001. */
    public static final double MAX_SCALE = 30;

    public static GeneratedSize of(double scale) {
        if (!(scale > 0) || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale factor must be above 0 and at most " + MAX_SCALE + ": " + scale);
        }
        return new GeneratedSize(scale, count(4000, scale), count(1000, scale), count(2000, scale), count(500, scale));
    }

    private static int count(int atScaleOne, double scale) {
        return (int) Math.max(1, Math.round(atScaleOne * scale));
    }
}
