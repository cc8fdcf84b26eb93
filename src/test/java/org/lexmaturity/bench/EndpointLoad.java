package org.lexmaturity.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code clients} threads send the queries round-robin to one SPARQL endpoint for a fixed time; every answer must
 * be 200. Throughput counts completed queries per second; latency is per query.
 */
final class EndpointLoad {
    record Outcome(double queriesPerSecond, double medianMs, double p95Ms, long errors) {}

    static Outcome run(Http http, String endpoint, List<String> queries, int clients, Duration duration) {
        Timings t = new Timings();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            pool.execute(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    try {
                        t.add(http.query(endpoint, queries.get(i % queries.size())).millis());
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(duration.toSeconds() + 600, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Outcome(t.count() / seconds, t.median(), t.p95(), errors.get());
    }
}
