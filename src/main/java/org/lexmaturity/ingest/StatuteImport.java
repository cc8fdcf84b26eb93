package org.lexmaturity.ingest;

import org.lexmaturity.kernel.ShapeValidator;
import org.lexmaturity.kernel.ImportException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.ActRdf;
import org.lexmaturity.statutes.Ministries;
import org.lexmaturity.statutes.StatuteWriter;
import org.lexmaturity.store.Store;

/**
 * Imports statute files into the store as ONE write transaction: each file is read, validated and written in turn
 * (so memory holds one file at a time, whatever the size of the import), and the whole import is committed at the
 * end, or not at all. Readers keep seeing the state before the import until it commits; a crash or an interrupt
 * in the middle leaves the store as it was.
 *
 * <p>When a file is refused, by default nothing is written: every file is still read and checked so that the
 * summary lists every problem, then the transaction is aborted. {@link WhenRefused#WRITE_THE_REST} commits the
 * valid files instead (an explicit choice of the user). Runs on the caller's thread; one import at a time per store
 * (TDB2 has one writer; a second import waits for the first).
 */
public final class StatuteImport {
    /** Progress is reported every so many files. */
    public static final int PROGRESS_EVERY = 200;

    /** What a refused file does to the rest of the import. */
    public enum WhenRefused {
        /** Nothing is written: the import is all or nothing. */
        WRITE_NOTHING,
        /** The valid files are written; the refused ones are listed. */
        WRITE_THE_REST
    }

    private final Store store;
    private final ActRdf actRdf;
    private final StatuteWriter writer;
    private final ShapeValidator validator;
    private final WhenRefused whenRefused;
    private final Consumer<String> progress;

    public StatuteImport(Store store, Ministries ministries, ShapeValidator validator, WhenRefused whenRefused, Consumer<String> progress) {
        this.store = store;
        this.actRdf = new ActRdf(store.config().baseIri(), ministries);
        this.writer = new StatuteWriter(store.graphs());
        this.validator = validator;
        this.whenRefused = whenRefused;
        this.progress = progress;
    }

    /** An all-or-nothing import. */
    public static StatuteImport create(Store store, Consumer<String> progress) {
        return create(store, WhenRefused.WRITE_NOTHING, progress);
    }

    public static StatuteImport create(Store store, WhenRefused whenRefused, Consumer<String> progress) {
        return new StatuteImport(store, Ministries.load(), ShapeValidator.load(), whenRefused, progress);
    }

    /** Imports files, folders and archives ({@link SourceFiles#forEach}). */
    public ImportSummary importPaths(List<Path> paths) {
        return run(r -> SourceFiles.forEach(paths, r::add, r::refuse));
    }

    /** Imports an uploaded file whose kind (archive or single file) is told from its content ({@link SourceFiles#forEachInUpload}). */
    public ImportSummary importUpload(String name, Path file) {
        return run(r -> SourceFiles.forEachInUpload(name, file, r::add, r::refuse));
    }

    public ImportSummary importSources(List<StatuteSource> sources) {
        return run(r -> sources.forEach(r::add));
    }

    private ImportSummary run(Consumer<Run> feed) {
        Run run;
        try {
            run = store.write(dsg -> {
                Run r = new Run(dsg);
                feed.accept(r);
                if (!r.refused.isEmpty() && whenRefused == WhenRefused.WRITE_NOTHING) {
                    throw new Aborted(r);
                }
                return r;
            });
        } catch (Aborted a) {
            progress.accept("Statute import: nothing written; " + a.run.refused.size() + " of " + a.run.files + " files refused");
            return new ImportSummary(a.run.files, 0, 0, a.run.refused);
        }
        progress.accept("Statute import: committed " + run.written.size() + " acts from " + run.files + " files; "
                + run.refused.size() + " refused");
        return new ImportSummary(run.files, run.written.size(), run.replaced.size(), run.refused);
    }

    /** Thrown inside the transaction to abort it when a refused file means nothing may be written. */
    private static final class Aborted extends RuntimeException {
        final transient Run run;

        Aborted(Run run) {
            super("statute import refused", null, false, false);
            this.run = run;
        }
    }

    /** One import inside its write transaction: the running counts and the refusals. */
    private final class Run {
        final DatasetGraph dsg;
        final List<ImportSummary.Refusal> refused = new ArrayList<>();
        final Set<Node> written = new HashSet<>();
        final Set<Node> replaced = new HashSet<>();
        int files;

        Run(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        void add(StatuteSource source) {
            files++;
            // a server shutting down interrupts its import; throwing aborts the transaction
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("Statute import interrupted after " + files + " files; nothing written");
            }
            try {
                List<Checked> checked = new ArrayList<>();
                for (ActExpression e : StatuteFormats.read(source)) {
                    Node act = actRdf.actIri(e);
                    Graph rdf = actRdf.toGraph(e);
                    validator.check(rdf, source.name());
                    checked.add(new Checked(e, act, rdf));
                }
                // once a file is refused an all-or-nothing import will be aborted: only check the rest
                if (refused.isEmpty() || whenRefused == WhenRefused.WRITE_THE_REST) {
                    checked.forEach(this::write);
                }
            } catch (ImportException ex) {
                refuse(ImportSummary.Refusal.of(source.name(), ex));
            }
            if (files % PROGRESS_EVERY == 0) {
                progress.accept("Statute import: " + files + " files read, " + written.size() + " acts written so far (not yet committed), "
                        + refused.size() + " refused");
            }
        }

        void refuse(ImportSummary.Refusal refusal) {
            refused.add(refusal);
        }

        private void write(Checked c) {
            boolean existed = writer.write(dsg, c.act(), c.expression().language(), writer.graphFor(c.expression(), c.act()), c.rdf());
            if (written.add(c.act()) && existed) {
                replaced.add(c.act());
            }
        }
    }

    /** One language version of an act, read, turned into RDF and validated. */
    private record Checked(ActExpression expression, Node act, Graph rdf) {}
}
