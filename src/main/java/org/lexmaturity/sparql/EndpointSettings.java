package org.lexmaturity.sparql;

import java.time.Duration;
import java.util.function.Function;

/**
 * Limits of the public SPARQL endpoint. Read from system properties ({@code -Dlexmaturity.sparql.timeout=30}) or the
 * environment ({@code LEXMATURITY_SPARQL_TIMEOUT=30}); the system property wins.
 *
 * @param timeout longest a query may run; a client may ask for less with {@code timeout=} (seconds)
 * @param rowLimit most result rows (SELECT) or triples (CONSTRUCT, DESCRIBE) sent; more are cut and a header says so
 * @param maxQueryLength longest query text, in characters
 */
public record EndpointSettings(Duration timeout, long rowLimit, int maxQueryLength) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_ROW_LIMIT = 100_000;
    public static final int DEFAULT_MAX_QUERY_LENGTH = 32 * 1024;

    public EndpointSettings {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SPARQL endpoint: the timeout must be positive, not " + timeout);
        }
        if (rowLimit < 1 || maxQueryLength < 1) {
            throw new IllegalArgumentException("SPARQL endpoint: the row limit and the query length limit must be at least 1");
        }
    }

    public static EndpointSettings defaults() {
        return new EndpointSettings(DEFAULT_TIMEOUT, DEFAULT_ROW_LIMIT, DEFAULT_MAX_QUERY_LENGTH);
    }

    /** The settings in effect: system properties, then environment variables, then the defaults. */
    public static EndpointSettings fromEnvironment() {
        return from(name -> {
            String v = System.getProperty("lexmaturity.sparql." + name);
            return v != null ? v : System.getenv("LEXMATURITY_SPARQL_" + name.replace('-', '_').toUpperCase(java.util.Locale.ROOT));
        });
    }

    static EndpointSettings from(Function<String, String> lookup) {
        double seconds = number(lookup, "timeout", DEFAULT_TIMEOUT.toMillis() / 1000.0);
        long rows = (long) number(lookup, "row-limit", DEFAULT_ROW_LIMIT);
        int length = (int) number(lookup, "max-query-length", DEFAULT_MAX_QUERY_LENGTH);
        return new EndpointSettings(Duration.ofMillis(Math.round(seconds * 1000)), rows, length);
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
