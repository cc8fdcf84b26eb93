package org.lexmaturity.web.surveys;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.lexmaturity.imports.ImportJobs;
import org.lexmaturity.imports.Upload;
import org.lexmaturity.store.Store;
import org.lexmaturity.survey.SurveyDryRun;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.survey.SurveyImporter;
import org.lexmaturity.web.http.StagedUploads;
import org.lexmaturity.web.http.TempFiles;

/**
 * Survey imports confirmed in the browser, as background {@link ImportJobs}: the staged export is written to a
 * temporary file and imported from there, telling the job its steps.
 */
public final class SurveyImportJobs implements AutoCloseable {
    private final Store store;
    private final ImportJobs<SurveyImport.Result> jobs;

    public SurveyImportJobs(Store store, Clock clock) {
        this.store = store;
        this.jobs = new ImportJobs<>("lexmaturity-survey-import", clock);
    }

    /** Queues the import of a staged upload and returns the job at once. */
    public ImportJobs.Status<SurveyImport.Result> start(StagedUploads.Staged upload, byte[] bytes, String user) {
        Optional<SurveyImporter.MappingText> mapping = upload.mappingYaml().map(y -> new SurveyImporter.MappingText(upload.mappingName(), y));
        return jobs.start("survey", upload.fileName(), user, progress -> {
            Path file = TempFiles.write("lexmaturity-survey-", bytes);
            try {
                return new SurveyImport(store, upload.threshold()).importUpload(Upload.ofBody(upload.fileName(), file), mapping, progress);
            } finally {
                TempFiles.delete(file);
            }
        });
    }

    /** The queue itself, for those who follow its jobs (the other servers of a cluster). */
    public ImportJobs<SurveyImport.Result> queue() {
        return jobs;
    }

    /** The job, if it exists and was started by the same user. */
    public Optional<ImportJobs.Status<SurveyImport.Result>> status(String id, String user) {
        return jobs.status(id, user);
    }

    /** Every problem of a failed job, with its place split into sheet, row and column. */
    public static List<SurveyDryRun.Problem> problems(ImportJobs.Status<?> job) {
        return job.failure().map(SurveyDryRun::problems).orElse(List.of());
    }

    /** How many problems the failure found, of which {@link #problems} lists the first ones. */
    public static int totalProblems(ImportJobs.Status<?> job) {
        return job.failure().map(SurveyDryRun::total).orElse(0);
    }

    @Override
    public void close() {
        jobs.close();
    }
}
