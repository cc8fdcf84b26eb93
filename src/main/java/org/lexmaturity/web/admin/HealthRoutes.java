package org.lexmaturity.web.admin;

import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.lexmaturity.auth.Role;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreStatsCache;

/**
 * {@code GET /health}: 200 while the store answers. Anonymous callers get the status and the counts of the public
 * graphs only; administrators (signed in, or HTTP Basic) also the private graphs and their sizes, whose names and
 * growth (accounts, survey answers) are nobody else's business. Monitors poll it often, so the counts are kept until
 * the next commit; the store is asked on every call.
 */
public final class HealthRoutes {
    private final Store store;
    private final Blocking blocking;
    private final StoreStatsCache counts;

    public HealthRoutes(Store store, Blocking blocking, StoreStatsCache counts) {
        this.store = store;
        this.blocking = blocking;
        this.counts = counts;
    }

    public void mount(Router router) {
        router.get("/health").handler(this::health);
        blocking.background(counts::current); // the first call is answered as fast as the next
    }

    private void health(RoutingContext ctx) {
        boolean admin = Access.role(ctx).includes(Role.ADMIN);
        blocking.run(ctx, counts::current, stats -> {
            JsonObject json = new JsonObject(admin ? stats.toJson() : stats.toPublicJson(store.graphs().publicGraphs())).put("status", "ok");
            ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store").end(json.encodePrettily());
        });
    }
}
