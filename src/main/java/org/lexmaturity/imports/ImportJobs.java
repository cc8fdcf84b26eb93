package org.lexmaturity.imports;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.lexmaturity.kernel.ImportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long imports as background jobs, one at a time (TDB2 takes one writer): a job is queued, runs on the import thread
 * telling its {@link Progress}, and ends done with its result or failed with its problem. Anyone may ask how a job
 * goes, but only its starter sees it; finished jobs are forgotten after {@link #KEEP}.
 *
 * @param <R> what a finished job gives: an {@link ImportReport}, or an importer's own result
 */
public final class ImportJobs<R> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    public static final Duration KEEP = Duration.ofHours(2);

    /** The steps of a job, in order; {@link #DONE} and {@link #FAILED} end it. */
    public enum State {
        QUEUED, READING, CHECKING, WRITING, DONE, FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean finished() {
            return this == DONE || this == FAILED;
        }

        /** 1–4 for the working steps; 4 when finished. */
        public int step() {
            return Math.min(ordinal() + 1, WRITING.ordinal() + 1);
        }

        static State of(Progress.Stage stage) {
            return switch (stage) {
                case READING -> READING;
                case CHECKING -> CHECKING;
                case WRITING, COMMITTING -> WRITING;
            };
        }
    }

    public static final int STEPS = State.WRITING.ordinal() + 1;

    /**
     * A job as shown: {@code result} once done, {@code failure} once failed (with every problem it carries).
     *
     * @param units   units read so far (files of a statute archive)
     * @param written items written so far, not yet committed while the job runs
     * @param refused units refused so far
     */
    public record Status<R>(String id, String kind, String file, State state, int units, int written, int refused,
                            Optional<R> result, Optional<ImportException> failure, String startedBy, Instant started,
                            Optional<Instant> finished) {

        Status<R> at(State s, int u, int w, int r) {
            return new Status<>(id, kind, file, s, u, w, r, result, failure, startedBy, started, finished);
        }

        Status<R> done(R r, Instant now) {
            return new Status<>(id, kind, file, State.DONE, units, written, refused, Optional.of(r), Optional.empty(), startedBy, started,
                    Optional.of(now));
        }

        Status<R> failed(ImportException e, Instant now) {
            return new Status<>(id, kind, file, State.FAILED, units, written, refused, Optional.empty(), Optional.of(e), startedBy, started,
                    Optional.of(now));
        }
    }

    private final String threadName;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Status<R>> jobs = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Status<R>>> endings = new ConcurrentHashMap<>();
    private final ExecutorService queue;
    private final List<Consumer<Status<R>>> listeners = new CopyOnWriteArrayList<>();

    public ImportJobs(String threadName, Clock clock) {
        this.threadName = threadName;
        this.clock = clock;
        this.queue = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code work} and returns the job at once; {@code work} tells its progress to the progress it is given. */
    public Status<R> start(String kind, String file, String user, Function<Progress, R> work) {
        forgetOld();
        byte[] raw = new byte[18];
        random.nextBytes(raw);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Status<R> queued = new Status<>(id, kind, file, State.QUEUED, 0, 0, 0, Optional.empty(), Optional.empty(), user, clock.instant(),
                Optional.empty());
        jobs.put(id, queued);
        told(queued);
        endings.put(id, new CompletableFuture<>());
        queue.execute(() -> run(id, work));
        return queued;
    }

    /** Runs {@code listener} with a job's new status at each change (from the import thread; it must be quick). */
    public void onChange(Consumer<Status<R>> listener) {
        listeners.add(listener);
    }

    private void update(String id, java.util.function.UnaryOperator<Status<R>> change) {
        Status<R> s = jobs.computeIfPresent(id, (k, old) -> change.apply(old));
        if (s != null) {
            told(s);
        }
    }

    private void told(Status<R> s) {
        for (Consumer<Status<R>> listener : listeners) {
            try {
                listener.accept(s);
            } catch (RuntimeException e) {
                LOG.warn("{}: a listener of job {} failed", threadName, s.id(), e);
            }
        }
    }

    /** The job, if it exists and was started by the same user. */
    public Optional<Status<R>> status(String id, String user) {
        return Optional.ofNullable(id).map(jobs::get).filter(s -> Objects.equals(s.startedBy(), user));
    }

    /** Completes with the job's last status when it has finished, done or failed. */
    public CompletableFuture<Status<R>> whenFinished(String id) {
        return endings.getOrDefault(id, CompletableFuture.failedFuture(new IllegalArgumentException("no import job " + id)));
    }

    private void run(String id, Function<Progress, R> work) {
        try {
            work(id, work);
        } finally {
            CompletableFuture<Status<R>> ending = endings.remove(id);
            if (ending != null) {
                ending.complete(jobs.get(id));
            }
        }
    }

    private void work(String id, Function<Progress, R> work) {
        Progress progress = (stage, units, written, refused) -> update(id, s -> s.at(State.of(stage), units, written, refused));
        try {
            R result = work.apply(progress);
            update(id, s -> s.done(result, clock.instant()));
        } catch (ImportException e) {
            update(id, s -> s.failed(e, clock.instant()));
        } catch (RuntimeException e) {
            Status<R> s = jobs.get(id);
            LOG.error("{}: import of {} failed", threadName, s == null ? id : s.file(), e);
            // the cause stays with the failure: a caller that waits for the job answers with the real error
            update(id, j -> j.failed(new ImportException(j.file(), "", "the import failed: " + e, e), clock.instant()));
        }
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(s -> s.finished().map(f -> f.isBefore(limit)).orElse(false));
    }

    /** Stops the queue: a job still running is interrupted, and its transaction is then not committed. */
    @Override
    public void close() {
        queue.shutdownNow();
        endings.values().forEach(f -> f.cancel(true));
    }
}
