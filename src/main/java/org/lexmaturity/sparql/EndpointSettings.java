package org.lexmaturity.sparql;

import java.util.Locale;
import java.time.Duration;
import java.util.function.Function;

/**
 * Limits of the public SPARQL endpoint. Read from system properties ({@code -Dlexmaturity.sparql.timeout=30}) or the
 * environment ({@code LEXMATURITY_SPARQL_TIMEOUT=30}); the system property wins.
 *
 * @param timeout longest a query may run; a client may ask for less with {@code timeout=} (seconds)
 * @param rowLimit most result rows (SELECT) or triples (CONSTRUCT, DESCRIBE) sent; more are cut and a header says so
 * @param maxQueryLength longest query text, in characters
 * @param workers        how many queries run at once, and each client's share (see {@link QueryAdmission})
 */
public record EndpointSettings(Duration timeout, long rowLimit, int maxQueryLength, Workers workers) {
    /**
     * @param workers          queries running at once
     * @param perClientRunning of which one client (address) may run
     * @param perClientWaiting queries one client may have waiting beyond those
     * @param waiting          queries waiting in all; more are refused at once with 503
     */
    public record Workers(int workers, int perClientRunning, int perClientWaiting, int waiting) {
        public Workers {
            if (workers < 1 || perClientRunning < 1 || perClientWaiting < 0 || waiting < 0) {
                throw new IllegalArgumentException("SPARQL endpoint: workers and the share per client must be at least 1, the queues at least 0");
            }
        }

        public static Workers defaults() {
            return new Workers(4, 2, 8, 32);
        }
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_ROW_LIMIT = 100_000;
    public static final int DEFAULT_MAX_QUERY_LENGTH = 32 * 1024;

    public EndpointSettings(Duration timeout, long rowLimit, int maxQueryLength) {
        this(timeout, rowLimit, maxQueryLength, Workers.defaults());
    }

    public EndpointSettings withWorkers(Workers w) {
        return new EndpointSettings(timeout, rowLimit, maxQueryLength, w);
    }

    public EndpointSettings {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SPARQL endpoint: the timeout must be positive, not " + timeout);
        }
        if (rowLimit < 1 || maxQueryLength < 1) {
            throw new IllegalArgumentException("SPARQL endpoint: the row limit and the query length limit must be at least 1");
        }
    }

    public static EndpointSettings defaults() {
        return new EndpointSettings(DEFAULT_TIMEOUT, DEFAULT_ROW_LIMIT, DEFAULT_MAX_QUERY_LENGTH, Workers.defaults());
    }

    /** The settings in effect: system properties, then environment variables, then the defaults. */
    public static EndpointSettings fromEnvironment() {
        return from(name -> {
            String v = System.getProperty("lexmaturity.sparql." + name);
            return v != null ? v : System.getenv("LEXMATURITY_SPARQL_" + name.replace('-', '_').toUpperCase(Locale.ROOT));
        });
    }

    static EndpointSettings from(Function<String, String> lookup) {
        double seconds = number(lookup, "timeout", DEFAULT_TIMEOUT.toMillis() / 1000.0);
        long rows = (long) number(lookup, "row-limit", DEFAULT_ROW_LIMIT);
        int length = (int) number(lookup, "max-query-length", DEFAULT_MAX_QUERY_LENGTH);
        Workers d = Workers.defaults();
        Workers workers = new Workers((int) number(lookup, "workers", d.workers()), (int) number(lookup, "per-client", d.perClientRunning()),
                (int) number(lookup, "per-client-waiting", d.perClientWaiting()), (int) number(lookup, "queue", d.waiting()));
        return new EndpointSettings(Duration.ofMillis(Math.round(seconds * 1000)), rows, length, workers);
    }

    private static double number(Function<String, String> lookup, String name, double fallback) {
        String v = lookup.apply(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SPARQL endpoint setting " + name + ": '" + v + "' is not a number");
        }
    }
}
