package org.lexmaturity.cli;

import java.io.UncheckedIOException;
import org.lexmaturity.kernel.ImportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns an exception into the one line a user reads on stderr; unexpected ones are also logged in full. */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    static String describe(Throwable e) {
        if (e instanceof ImportException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException u) {
            return u.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    static void log(Throwable e) {
        if (!(e instanceof ImportException || e instanceof IllegalArgumentException || e instanceof UncheckedIOException)) {
            LOG.error("Command failed", e);
        }
    }

    private Failures() {}
}
