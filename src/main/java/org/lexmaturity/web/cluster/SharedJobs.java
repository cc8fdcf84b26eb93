package org.lexmaturity.web.cluster;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.AsyncMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.lexmaturity.imports.ImportJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import jobs of every server of a cluster, each as the status JSON its API answers with: a job runs on the server
 * that took the upload, and its starter may ask for it on whichever server the next request reaches. Each change of
 * state goes to the cluster's map at once and progress at most twice a second, one write after the other per job (so
 * the last one stays); a finished job stays there as long as on its own server. On a single server nothing is shared.
 *
 * @param <R> what a finished job gives
 */
public final class SharedJobs<R> {
    private static final Logger LOG = LoggerFactory.getLogger(SharedJobs.class);
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final Vertx vertx;
    private final String mapName;
    private final Function<ImportJobs.Status<R>, JsonObject> json;
    /** Per running job: the last write to the map, which the next one waits for, and when it was sent. */
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();

    private record Sent(Future<Void> write, String state, long at) {}

    private SharedJobs(Vertx vertx, String mapName, Function<ImportJobs.Status<R>, JsonObject> json) {
        this.vertx = vertx;
        this.mapName = mapName;
        this.json = json;
    }

    /** Shares {@code jobs} when {@code vertx} is clustered; {@code json} is the status as the API shows it. */
    public static <R> SharedJobs<R> of(Vertx vertx, String kind, ImportJobs<R> jobs, Function<ImportJobs.Status<R>, JsonObject> json) {
        SharedJobs<R> shared = new SharedJobs<>(vertx, "lexmaturity.jobs." + kind, json);
        if (vertx.isClustered()) {
            jobs.onChange(shared::changed);
        }
        return shared;
    }

    /** A job that runs, or ran, on another server: its status JSON, if {@code user} started it. */
    public Future<Optional<JsonObject>> elsewhere(String id, String user) {
        if (!vertx.isClustered() || id == null) {
            return Future.succeededFuture(Optional.empty());
        }
        return map().compose(m -> m.get(id)).map(entry -> Optional.ofNullable(entry)
                .filter(e -> Objects.equals(e.getString("user"), user)).map(e -> e.getJsonObject("status")));
    }

    private void changed(ImportJobs.Status<R> s) {
        String state = s.state().code();
        long now = System.nanoTime();
        Sent last = sent.get(s.id());
        if (last != null && last.state().equals(state) && now - last.at() < PROGRESS_INTERVAL_NANOS) {
            return; // progress within the same step: the next one, or the step's end, is sent
        }
        JsonObject entry = new JsonObject().put("user", s.startedBy()).put("status", json.apply(s));
        Future<Void> previous = last == null ? Future.succeededFuture() : last.write();
        Future<Void> write = previous.transform(ignored -> map()).compose(m -> m.put(s.id(), entry, ImportJobs.KEEP.toMillis()))
                .onFailure(e -> LOG.warn("the status of import job {} did not reach the cluster: {}", s.id(), e.toString()));
        if (s.state().finished()) {
            sent.remove(s.id());
        } else {
            sent.put(s.id(), new Sent(write, state, now));
        }
    }

    private Future<AsyncMap<String, JsonObject>> map() {
        return vertx.sharedData().getAsyncMap(mapName);
    }
}
