package org.lexmaturity.web.surveys;

import org.lexmaturity.kernel.Problems;
import org.lexmaturity.web.http.StagedUploads;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.store.Store;
import org.lexmaturity.survey.MappingFile;
import org.lexmaturity.survey.MappingInference;
import org.lexmaturity.survey.SurveyData;
import org.lexmaturity.survey.SurveyDryRun;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.survey.SurveyMapping;
import org.lexmaturity.kernel.Spreadsheet;
import org.lexmaturity.kernel.TableReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Survey imports confirmed in the browser or the API, run in the background one at a time (the store takes one
 * writer; a queue keeps a second import from holding a worker while it waits). Each job reports which step it is
 * in; a failed job keeps every problem, and since an import is one transaction the store is then unchanged.
 * Finished jobs are forgotten after {@link #KEEP}. Thread-safe.
 */
public final class SurveyImportJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SurveyImportJobs.class);
    static final Duration KEEP = Duration.ofHours(2);

    /** The steps of an import, in order; {@link #DONE} and {@link #FAILED} end it. */
    public enum State {
        QUEUED, READING, CHECKING, WRITING, DONE, FAILED;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean finished() {
            return this == DONE || this == FAILED;
        }

        /** 1–4 for the working steps; 4 when finished. */
        int step() {
            return Math.min(ordinal() + 1, WRITING.ordinal() + 1);
        }
    }

    static final int STEPS = State.WRITING.ordinal() + 1;

    /** A job as shown: {@code result} once done, {@code problems} once failed. */
    public record Status(String id, String file, State state, Optional<SurveyImport.Result> result, List<SurveyDryRun.Problem> problems,
                  int totalProblems, String startedBy, Instant started, Optional<Instant> finished) {}

    private final Store store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Status> jobs = new ConcurrentHashMap<>();
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lexmaturity-survey-import");
        t.setDaemon(true);
        return t;
    });

    public SurveyImportJobs(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Queues the import of a staged upload and returns the job at once. */
    public Status start(StagedUploads.Staged upload, byte[] bytes, String user) {
        forgetOld();
        byte[] raw = new byte[18];
        random.nextBytes(raw);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Status queued = new Status(id, upload.fileName(), State.QUEUED, Optional.empty(), List.of(), 0, user, clock.instant(), Optional.empty());
        jobs.put(id, queued);
        queue.execute(() -> run(queued, upload, bytes));
        return queued;
    }

    /** The job, if it exists and was started by the same user. */
    public Optional<Status> status(String id, String user) {
        return Optional.ofNullable(id).map(jobs::get).filter(s -> Objects.equals(s.startedBy(), user));
    }

    private void run(Status job, StagedUploads.Staged upload, byte[] bytes) {
        try {
            step(job, State.READING);
            Spreadsheet table = TableReader.read(upload.fileName(), bytes);
            SurveyMapping mapping = upload.mappingYaml().isPresent()
                    ? MappingFile.read(upload.mappingName(), new StringReader(upload.mappingYaml().get())) : MappingInference.infer(table);
            step(job, State.CHECKING);
            SurveyData data = SurveyImport.check(table, mapping);
            step(job, State.WRITING);
            SurveyImport.Result result = new SurveyImport(store, upload.threshold()).importData(data);
            jobs.put(job.id(), new Status(job.id(), job.file(), State.DONE, Optional.of(result), List.of(), 0, job.startedBy(),
                    job.started(), Optional.of(clock.instant())));
        } catch (ImportException e) {
            List<SurveyDryRun.Problem> problems = SurveyDryRun.problems(e);
            int total = e instanceof Problems.Failed f ? f.total() : problems.size();
            fail(job, problems, total);
        } catch (RuntimeException e) {
            LOG.error("survey import of {} failed", upload.fileName(), e);
            fail(job, List.of(new SurveyDryRun.Problem(upload.fileName(), "", "", "", "the import failed: " + e)), 1);
        }
    }

    private void step(Status job, State state) {
        jobs.computeIfPresent(job.id(), (k, s) -> new Status(s.id(), s.file(), state, Optional.empty(), List.of(), 0, s.startedBy(),
                s.started(), Optional.empty()));
    }

    private void fail(Status job, List<SurveyDryRun.Problem> problems, int total) {
        jobs.put(job.id(), new Status(job.id(), job.file(), State.FAILED, Optional.empty(), problems, total, job.startedBy(),
                job.started(), Optional.of(clock.instant())));
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(s -> s.finished().map(f -> f.isBefore(limit)).orElse(false));
    }

    @Override
    public void close() {
        queue.shutdownNow();
    }
}
