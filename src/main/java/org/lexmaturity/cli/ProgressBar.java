package org.lexmaturity.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalInt;
import org.lexmaturity.imports.Progress;

/**
 * An import's progress drawn in place on a terminal: "[########............] 412/1,596 files  410 acts  2 refused
 * (checking)". Without a known total it counts instead of filling a bar. Redrawn at most ten times a second.
 */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String unitName;
    private final String itemName;
    private final OptionalInt total;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, String unitName, String itemName, OptionalInt total) {
        this.err = err;
        this.unitName = unitName;
        this.itemName = itemName;
        this.total = total;
    }

    @Override
    public void update(Stage stage, int units, int written, int refused) {
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS && stage != Stage.COMMITTING) {
            return;
        }
        lastDraw = now;
        drawn = true;
        err.print("\r" + line(stage, units, written, refused));
        err.flush();
    }

    /** Ends the line the bar is drawn on, so that what is printed next starts on a line of its own. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    String line(Stage stage, int units, int written, int refused) {
        String rest = String.format(Locale.ROOT, " %s  %,d %s  %,d refused (%s)", unitName, written, itemName, refused,
                stage.name().toLowerCase(Locale.ROOT));
        if (total.isEmpty() || total.getAsInt() == 0) {
            return String.format(Locale.ROOT, "%,d", units) + rest;
        }
        int of = total.getAsInt();
        int filled = (int) Math.min(WIDTH, (long) WIDTH * units / of);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format(Locale.ROOT, "%,d/%,d", units, of) + rest;
    }
}
