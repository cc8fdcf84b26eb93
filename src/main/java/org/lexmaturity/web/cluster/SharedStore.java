package org.lexmaturity.web.cluster;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.lexmaturity.store.Store;

/**
 * One remote store shared by the servers of a cluster: this server's writers take turns with the others'
 * ({@link ClusterWriteGate}), and each commit is told to the others, whose acts-list index and counts are then taken
 * again at once instead of after their minute on a remote store, so an analyst sees a colleague's import or register
 * change on whichever server answers next.
 */
public final class SharedStore {
    static final String ADDRESS = "lexmaturity.store.committed";

    private SharedStore() {}

    public static void join(Vertx vertx, Store store) {
        String node = UUID.randomUUID().toString();
        vertx.eventBus().<JsonObject>consumer(ADDRESS, message -> {
            if (!node.equals(message.body().getString("from"))) {
                store.changedElsewhere();
            }
        });
        store.onCommit(() -> vertx.eventBus().publish(ADDRESS, new JsonObject().put("from", node)));
        store.writeGate(new ClusterWriteGate(vertx));
    }
}
