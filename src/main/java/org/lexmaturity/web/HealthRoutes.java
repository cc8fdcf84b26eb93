package org.lexmaturity.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.apache.jena.atlas.json.JSON;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreStats;

/** {@code GET /health}: 200 with the store's counts while the store answers. */
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
        blocking.run(ctx, () -> StoreStats.of(store), stats -> {
            var json = stats.toJson();
            json.put("status", "ok");
            ctx.response().putHeader("Content-Type", "application/json").end(JSON.toString(json));
        });
    }
}
