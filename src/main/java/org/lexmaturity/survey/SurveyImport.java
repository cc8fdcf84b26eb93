package org.lexmaturity.survey;

import java.nio.file.Path;
import java.util.Optional;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.imports.ImportRun;
import org.lexmaturity.imports.Progress;
import org.lexmaturity.imports.Upload;
import org.lexmaturity.kernel.Spreadsheet;
import org.lexmaturity.kernel.TableReader;
import org.lexmaturity.store.Store;

/**
 * Imports one survey export ({@link SurveyImporter} through {@link ImportRun}): read, map, check every cell, turn it
 * into triples, validate them against {@code ontology/survey-shapes.ttl}, then write the private and public graphs in
 * one transaction. Importing a survey with the same identifier again replaces it; a problem throws with every
 * problem found, and nothing is written.
 */
public final class SurveyImport {
    private final Store store;
    private final int threshold;

    public record Result(String surveyId, int responses, int answers, boolean replaced, int citationsResolved, int citationsUnresolved) {
        static Result of(String surveyId, ImportReport r) {
            return new Result(surveyId, r.count(SurveyImporter.RESPONSES), r.count(SurveyImporter.ANSWERS), r.replaced() > 0,
                    r.count(SurveyImporter.RESOLVED), r.count(SurveyImporter.UNRESOLVED));
        }
    }

    public SurveyImport(Store store, int suppressionThreshold) {
        if (suppressionThreshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1");
        }
        this.store = store;
        this.threshold = suppressionThreshold;
    }

    /** The mapping that will be used: the given file, or one inferred from the export. */
    public static SurveyMapping mapping(Spreadsheet table, Optional<Path> mappingFile) {
        return mappingFile.map(MappingFile::read).orElseGet(() -> MappingInference.infer(table));
    }

    /** Reads and checks the export without writing anything; throws with every problem found. */
    public static SurveyData check(Spreadsheet table, SurveyMapping mapping) {
        return new SurveyReader().read(table, mapping);
    }

    /** Imports an export with its mapping given as YAML text, or inferred; for background jobs that tell their progress. */
    public Result importUpload(Upload upload, Optional<SurveyImporter.MappingText> mapping, Progress progress) {
        progress.update(Progress.Stage.READING, 0, 0, 0);
        SurveyImporter importer = importer(mapping);
        SurveyData data = importer.readExport(upload);
        ImportReport report = new ImportRun(store, ImportRun.WhenRefused.THROW, progress).run(importer, upload.name(),
                units -> units.accept(upload.name(), data));
        return Result.of(data.mapping().surveyId(), report);
    }

    public Result importFile(Path file, Optional<Path> mappingFile) {
        Spreadsheet table = TableReader.read(file);
        return importData(check(table, mapping(table, mappingFile)));
    }

    /** Writes an export read and checked already (as for its preview). */
    public Result importData(SurveyData data) {
        ImportReport report = new ImportRun(store, ImportRun.WhenRefused.THROW, Progress.NONE)
                .run(importer(Optional.empty()), data.source(), units -> units.accept(data.source(), data));
        return Result.of(data.mapping().surveyId(), report);
    }

    private SurveyImporter importer(Optional<SurveyImporter.MappingText> mapping) {
        return new SurveyImporter(store.config().baseIri(), store.graphs(), threshold, mapping);
    }
}
