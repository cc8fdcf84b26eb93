package org.lexmaturity.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.lexmaturity.imports.Progress.Stage;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.store.Store;

/**
 * Drives an {@link Importer} through its steps as ONE write transaction: each unit is read, validated and written in
 * turn (so memory holds one unit at a time, whatever the size of the import), and the whole import is committed at
 * the end, or not at all. Readers keep seeing the state before the import until it commits; a crash or an interrupt
 * in the middle leaves the store as it was. Runs on the caller's thread; TDB2 has one writer, so a second import
 * waits for the first.
 */
public final class ImportRun {
    /** What a refused unit does to the rest of the import. */
    public enum WhenRefused {
        /** Nothing is written, but every unit is still read and checked so that the summary lists every refusal. */
        WRITE_NOTHING,
        /** The valid units are written; the refused ones are listed (an explicit choice of the user). */
        WRITE_THE_REST,
        /** Nothing is written and the unit's own exception, with every problem in it, is thrown: for one-unit imports. */
        THROW
    }

    private final Store store;
    private final WhenRefused whenRefused;
    private final Progress progress;

    public ImportRun(Store store, WhenRefused whenRefused, Progress progress) {
        this.store = store;
        this.whenRefused = whenRefused;
        this.progress = progress;
    }

    /** Reads the upload with the importer and writes what it reads. */
    public <U, C> ImportReport run(Importer<U, C> importer, Upload upload) {
        return run(importer, upload.name(), units -> importer.read(upload, units));
    }

    /** Writes units that were read already (a survey export checked for its preview), or that {@code feed} reads. */
    public <U, C> ImportReport run(Importer<U, C> importer, String source, Consumer<Importer.Units<U>> feed) {
        progress.update(Stage.READING, 0, 0, 0);
        Tally<U, C> tally;
        try {
            tally = store.write(dsg -> {
                Tally<U, C> t = new Tally<>(importer, dsg);
                feed.accept(t);
                if (!t.refused.isEmpty() && whenRefused != WhenRefused.WRITE_THE_REST) {
                    throw new Aborted(t);
                }
                progress.update(Stage.COMMITTING, t.units, t.items.size(), 0);
                return t;
            });
        } catch (Aborted a) {
            if (whenRefused == WhenRefused.THROW && a.tally.firstFailure != null) {
                throw a.tally.firstFailure;
            }
            return a.tally.report(source, false);
        }
        return tally.report(source, true);
    }

    /** Thrown inside the transaction to abort it when a refusal means nothing may be written. */
    private static final class Aborted extends RuntimeException {
        final transient Tally<?, ?> tally;

        Aborted(Tally<?, ?> tally) {
            super("import refused", null, false, false);
            this.tally = tally;
        }
    }

    /** One import inside its write transaction: the running counts and the refusals. */
    private final class Tally<U, C> implements Importer.Units<U> {
        final Importer<U, C> importer;
        final DatasetGraph dsg;
        final List<ImportReport.Refusal> refused = new ArrayList<>();
        final Set<String> items = new HashSet<>();
        final Set<String> replaced = new HashSet<>();
        final Map<String, Integer> counts = new HashMap<>();
        final Set<String> notices = new LinkedHashSet<>();
        ImportException firstFailure;
        int units;

        Tally(Importer<U, C> importer, DatasetGraph dsg) {
            this.importer = importer;
            this.dsg = dsg;
        }

        @Override
        public void accept(String name, U unit) {
            units++;
            // a server shutting down interrupts its import; throwing aborts the transaction
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException(importer.kind() + " import interrupted after " + units + " " + importer.unitName()
                        + "; nothing written");
            }
            progress.update(Stage.CHECKING, units, items.size(), refused.size());
            try {
                C checked = importer.validate(unit, dsg);
                // once a unit is refused an all-or-nothing import will be aborted: only check the rest
                if (refused.isEmpty() || whenRefused == WhenRefused.WRITE_THE_REST) {
                    progress.update(Stage.WRITING, units, items.size(), refused.size());
                    add(importer.write(checked, dsg));
                }
            } catch (ImportException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                }
                refuse(ImportReport.Refusal.of(name, e));
            }
        }

        @Override
        public void refuse(ImportReport.Refusal refusal) {
            refused.add(refusal);
            progress.update(Stage.READING, units, items.size(), refused.size());
        }

        private void add(Written w) {
            for (String item : w.items()) {
                // an item written again in the same import (both languages of an act) is replaced only if it was there before
                if (items.add(item) && w.replaced().contains(item)) {
                    replaced.add(item);
                }
            }
            w.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
            notices.addAll(w.notices());
        }

        ImportReport report(String source, boolean committed) {
            return committed
                    ? new ImportReport(importer.kind(), source, units, items.size(), replaced.size(), counts, refused, true, List.copyOf(notices))
                    : new ImportReport(importer.kind(), source, units, 0, 0, Map.of(), refused, false, List.of());
        }
    }
}
