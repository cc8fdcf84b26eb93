package org.lexmaturity.store;

import java.util.Locale;
import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;

/**
 * Recognises TDB2's refusal to open a folder that another process holds (TDB2 locks {@code tdb2/tdb.lock} for
 * the lifetime of the process that opened it), so commands can say what to do instead of showing a stack trace.
 */
public final class FolderInUse {
    private FolderInUse() {}

    /** The lock failure inside {@code e}, if that is what it is. */
    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DBOpEnvException && t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("lock")) {
                return true;
            }
        }
        return false;
    }

    /** The message a user reads: which folder, and what to do about it. */
    public static IllegalStateException explain(Path dataDir, String advice, Throwable cause) {
        return new IllegalStateException("The data folder " + dataDir + " is in use by another process (a running server holds it): " + advice, cause);
    }
}
