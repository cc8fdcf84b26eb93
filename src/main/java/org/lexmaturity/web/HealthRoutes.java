package org.lexmaturity.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.apache.jena.atlas.json.JSON;
import org.lexmaturity.auth.Role;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreStats;

/**
 * {@code GET /health}: 200 while the store answers. Anonymous callers get the status and the counts of the public
 * graphs only; administrators (signed in, or HTTP Basic) also the private graphs and their sizes, whose names and
 * growth (accounts, survey answers) are nobody else's business.
 */
final class HealthRoutes {
    private final Store store;
    private final Blocking blocking;

    HealthRoutes(Store store, Blocking blocking) {
        this.store = store;
        this.blocking = blocking;
    }

    void mount(Router router) {
        router.get("/health").handler(this::health);
    }

    private void health(RoutingContext ctx) {
        boolean admin = Access.role(ctx).includes(Role.ADMIN);
        blocking.run(ctx, () -> StoreStats.of(store), stats -> {
            var json = admin ? stats.toJson() : stats.toPublicJson(store.graphs().publicGraphs());
            json.put("status", "ok");
            ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store").end(JSON.toString(json));
        });
    }
}
