package org.lexmaturity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's statistics: nearest-rank median and 95th percentile. */
class TimingsTest {
    @Test
    void medianAndP95AreNearestRankOfTheSortedDurations() {
        Timings t = new Timings();
        for (int i = 20; i >= 1; i--) {
            t.add(i * 10);
        }
        assertThat(t.count()).isEqualTo(20);
        assertThat(t.median()).isEqualTo(100);
        assertThat(t.p95()).isEqualTo(190);
    }

    @Test
    void oneRunIsItsOwnMedianAndNoneIsNaN() {
        Timings t = new Timings();
        assertThat(t.median()).isNaN();
        t.add(42);
        assertThat(t.median()).isEqualTo(42);
        assertThat(t.p95()).isEqualTo(42);
    }
}
