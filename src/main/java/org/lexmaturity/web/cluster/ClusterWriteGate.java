package org.lexmaturity.web.cluster;

import io.vertx.core.Vertx;
import io.vertx.core.shareddata.Lock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lexmaturity.store.WriteGate;

/**
 * The store's writers take turns across all servers of the cluster through one cluster-wide lock (Vert.x's, kept by
 * Hazelcast). Writes run on worker threads, never on an event loop, so waiting for the turn blocks nobody's requests.
 */
public final class ClusterWriteGate implements WriteGate {
    static final String LOCK = "lexmaturity.store.write";
    /** Longer than the longest write we know (the whole statute book imports in about eight minutes). */
    static final Duration WAIT = Duration.ofMinutes(30);

    private final Vertx vertx;

    public ClusterWriteGate(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public Turn enter() {
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            throw new IllegalStateException("a store write on an event loop: writes run on the store's workers");
        }
        try {
            Lock lock = vertx.sharedData().getLockWithTimeout(LOCK, WAIT.toMillis()).toCompletionStage().toCompletableFuture()
                    .get(WAIT.toMillis() + 10_000, TimeUnit.MILLISECONDS);
            return lock::release;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the turn to write to the store", e);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("another server has held the store's write turn for " + WAIT.toMinutes()
                    + " minutes; nothing was written: " + e.getMessage(), e);
        }
    }
}
