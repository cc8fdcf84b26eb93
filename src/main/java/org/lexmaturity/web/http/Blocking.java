package org.lexmaturity.web.http;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs store work on the worker pool and hands the result back to the event loop; failures go to the failure handler. */
public final class Blocking {
    private final WorkerExecutor workers;

    public Blocking(WorkerExecutor workers) {
        this.workers = workers;
    }

    /** Work nobody waits for (warming a cache); a failure is the next caller's to see. */
    public void background(Runnable work) {
        workers.executeBlocking(() -> {
            work.run();
            return null;
        }, false);
    }

    /** Unordered: reads may run side by side (TDB2 takes many readers). */
    public <T> void run(RoutingContext ctx, Callable<T> work, Consumer<T> then) {
        workers.executeBlocking(work, false).onComplete(result -> {
            if (result.succeeded()) {
                try {
                    then.accept(result.result());
                } catch (RuntimeException e) {
                    ctx.fail(e);
                }
            } else {
                ctx.fail(result.cause());
            }
        });
    }
}
