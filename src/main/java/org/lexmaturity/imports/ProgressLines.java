package org.lexmaturity.imports;

import java.util.function.Consumer;

/**
 * Progress as a line every so many units, for logs and for output that is not a terminal: "Statute import: 400 files
 * read, 398 acts written so far (not yet committed), 2 refused".
 */
public final class ProgressLines implements Progress {
    /** A line every so many units. */
    public static final int EVERY = 200;

    private final String title;
    private final String unitName;
    private final String itemName;
    private final Consumer<String> lines;
    private int last;

    /** {@code title} starts each line: "Statute import". */
    public ProgressLines(String title, Importer<?, ?> importer, Consumer<String> lines) {
        this.title = title;
        this.unitName = importer.unitName();
        this.itemName = importer.itemName();
        this.lines = lines;
    }

    @Override
    public void update(Stage stage, int units, int written, int refused) {
        if (units >= last + EVERY) {
            last = units - units % EVERY;
            lines.accept(title + ": " + units + " " + unitName + " read, " + written + " " + itemName + " written so far (not yet committed), "
                    + refused + " refused");
        }
    }

    /** The closing line of an import. */
    public String summary(ImportReport r) {
        return r.committed()
                ? title + ": committed " + r.written() + " " + itemName + " from " + r.units() + " " + unitName + "; " + r.refused().size() + " refused"
                : title + ": nothing written; " + r.refused().size() + " of " + r.units() + " " + unitName + " refused";
    }
}
