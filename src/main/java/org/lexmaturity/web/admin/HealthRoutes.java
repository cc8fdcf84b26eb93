package org.lexmaturity.web.admin;

import java.util.concurrent.TimeUnit;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.lexmaturity.auth.Role;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreStats;

/**
 * {@code GET /health}: 200 while the store answers. Anonymous callers get the status and the counts of the public
 * graphs only; administrators (signed in, or HTTP Basic) also the private graphs and their sizes, whose names and
 * growth (accounts, survey answers) are nobody else's business. Monitors poll it often, so the counts are kept until
 * the next commit; the store is asked on every call.
 */
public final class HealthRoutes {
    private final Store store;
    private final Blocking blocking;

    public HealthRoutes(Store store, Blocking blocking) {
        this.store = store;
        this.blocking = blocking;
    }

    public void mount(Router router) {
        router.get("/health").handler(this::health);
        blocking.background(this::stats); // the first call is answered as fast as the next
    }

    /** Counts this old are taken again even without a commit of ours (another process may write to a remote store). */
    private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private volatile Counted last;

    private record Counted(StoreStats stats, long commits, long at) {}

    /**
     * The store must answer (a read transaction) every time; the counts are taken again after a commit (or a minute),
     * since counting a whole statute book takes seconds and monitors poll often.
     */
    private StoreStats stats() {
        Counted c = last;
        long commits = store.commits();
        if (c != null && c.commits() == commits && System.nanoTime() - c.at() < MAX_AGE_NANOS) {
            store.read(dsg -> dsg.getContext());
            return c.stats();
        }
        StoreStats fresh = StoreStats.of(store);
        last = new Counted(fresh, commits, System.nanoTime());
        return fresh;
    }

    private void health(RoutingContext ctx) {
        boolean admin = Access.role(ctx).includes(Role.ADMIN);
        blocking.run(ctx, this::stats, stats -> {
            JsonObject json = new JsonObject(admin ? stats.toJson() : stats.toPublicJson(store.graphs().publicGraphs())).put("status", "ok");
            ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store").end(json.encodePrettily());
        });
    }
}
