package org.lexmaturity.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. Each role includes the ones below it: an admin is also an analyst, an analyst also a reader.
 * Anonymous visitors see the public pages, the public SPARQL endpoint and the dumps.
 */
public enum Role {
    ANONYMOUS,
    /** reads reports and the analyses that are not public */
    READER,
    /** imports, edits the register, assesses statutes */
    ANALYST,
    /** manages accounts */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /**
     * Aggregates drawn from the private survey graph (distributions, counts of citing organisations, the analyses that
     * are not public): readers and up. This and {@link #seesQuotes} are the one rule every page, API route and report
     * asks.
     */
    public boolean seesPrivateAggregates() {
        return includes(READER);
    }

    /**
     * Verbatim free-text answers, even when attributed to an organisation type only: analysts and up. A quote can
     * name its writer by its wording alone, so readers (who forward reports) get the aggregates without the quotes.
     */
    public boolean seesQuotes() {
        return includes(ANALYST);
    }

    /** The name used in account files, sessions and the UI: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Role r : values()) {
            if (r.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
