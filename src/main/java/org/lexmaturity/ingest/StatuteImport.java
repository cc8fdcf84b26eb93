package org.lexmaturity.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.imports.ImportRun;
import org.lexmaturity.imports.Progress;
import org.lexmaturity.imports.ProgressLines;
import org.lexmaturity.imports.Upload;
import org.lexmaturity.kernel.ShapeValidator;
import org.lexmaturity.statutes.Ministries;
import org.lexmaturity.store.Store;

/**
 * Imports statute files into the store as ONE write transaction ({@link ImportRun} with a {@link StatuteImporter}).
 * When a file is refused, by default nothing is written: every file is still read and checked so that the summary
 * lists every problem. {@link ImportRun.WhenRefused#WRITE_THE_REST} commits the valid files instead (an explicit choice of the
 * user).
 */
public final class StatuteImport {
    private final Store store;
    private final StatuteImporter importer;
    private final ImportRun.WhenRefused whenRefused;
    private final Progress progress;
    private final Consumer<String> lines;
    private final ProgressLines log;

    /**
     * @param progress where progress goes besides; null for none
     * @param lines    where a line every {@link ProgressLines#EVERY} files goes, and the closing summary line; null for none
     *                 but the summary
     */
    public StatuteImport(Store store, Ministries ministries, ShapeValidator validator, ImportRun.WhenRefused whenRefused, Progress progress,
                         Consumer<String> lines) {
        this.store = store;
        this.importer = new StatuteImporter(store.config().baseIri(), store.graphs(), ministries, validator);
        this.whenRefused = whenRefused;
        this.log = new ProgressLines("Statute import", importer, lines == null ? l -> { } : lines);
        this.progress = progress == null ? log : progress.andThen(log);
        this.lines = lines == null ? l -> { } : lines;
    }

    /** An all-or-nothing import that tells its progress in lines. */
    public static StatuteImport create(Store store, Consumer<String> lines) {
        return create(store, ImportRun.WhenRefused.WRITE_NOTHING, lines);
    }

    public static StatuteImport create(Store store, ImportRun.WhenRefused whenRefused, Consumer<String> lines) {
        return new StatuteImport(store, Ministries.load(), ShapeValidator.load(), whenRefused, null, lines);
    }

    public StatuteImporter importer() {
        return importer;
    }

    /** Imports files, folders and archives ({@link SourceFiles#forEach}). */
    public ImportReport importPaths(List<Path> paths) {
        return run(Upload.ofFiles(paths));
    }

    /** Imports an uploaded file whose kind (archive or single file) is told from its content ({@link SourceFiles#forEachInUpload}). */
    public ImportReport importUpload(String name, Path file) {
        return run(Upload.ofBody(name, file));
    }

    public ImportReport importSources(List<StatuteSource> sources) {
        return done(new ImportRun(store, whenRefused, progress).run(importer, "statute files", units -> sources.forEach(s -> units.accept(s.name(), s))));
    }

    private ImportReport run(Upload upload) {
        return done(new ImportRun(store, whenRefused, progress).run(importer, upload));
    }

    private ImportReport done(ImportReport report) {
        lines.accept(log.summary(report));
        return report;
    }
}
