package org.lexmaturity.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.lexmaturity.maturity.MaturityRules;
import org.lexmaturity.maturity.MaturityService;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.ScreeningRun;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/**
 * Child-JVM entry point: what {@code screen} does (screening of every text, then the automatic maturity of every
 * act), with the two steps timed apart. Prints one line: {@code texts findings screeningMs acts assessmentMs}.
 */
public final class ScreenAndAssess {
    private ScreenAndAssess() {}

    public static void main(String[] args) {
        try (Store store = Store.open(new StoreConfig(java.nio.file.Path.of(args[0]), StoreConfig.DEFAULT_BASE_IRI))) {
            Ontology.install(store);
            IndicatorRules rules = IndicatorRules.shipped();
            long t0 = System.nanoTime();
            ScreeningRun.Result r = new ScreeningRun(store, rules, Clock.systemDefaultZone()).run(Optional.empty());
            long t1 = System.nanoTime();
            int scored = new MaturityService(store, MaturityRules.shipped(), rules).storeAutomatic(r.acts(), Instant.now());
            long t2 = System.nanoTime();
            System.out.printf("RESULT %d %d %d %d %d%n", r.texts(), r.findings(), (t1 - t0) / 1_000_000, scored, (t2 - t1) / 1_000_000);
        }
    }
}
