package org.lexmaturity.bench;

import java.util.ArrayList;
import java.util.List;

/** Durations in milliseconds with their median and 95th percentile (nearest rank). */
final class Timings {
    private final List<Double> ms = new ArrayList<>();

    synchronized void add(double millis) {
        ms.add(millis);
    }

    synchronized int count() {
        return ms.size();
    }

    synchronized double median() {
        return percentile(50);
    }

    synchronized double p95() {
        return percentile(95);
    }

    private double percentile(int p) {
        if (ms.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
