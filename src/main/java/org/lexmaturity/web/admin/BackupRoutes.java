package org.lexmaturity.web.admin;

import org.lexmaturity.web.http.ResponseStream;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.lexmaturity.auth.Role;
import org.lexmaturity.store.Backup;
import org.lexmaturity.store.Store;

/**
 * {@code GET /api/admin/backup} (administrators): a {@link Backup} of every graph, private ones included, streamed
 * from one read transaction on a worker; the transaction lasts as long as the writing, and writers carry on meanwhile.
 */
public final class BackupRoutes {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final Store store;
    private final Blocking blocking;

    public BackupRoutes(Store store, Blocking blocking) {
        this.store = store;
        this.blocking = blocking;
    }

    public void mount(Router router) {
        router.get("/api/admin/backup").handler(Access.require(Role.ADMIN)).handler(this::backup);
    }

    private void backup(RoutingContext ctx) {
        Instant now = Instant.now();
        HttpServerResponse response = ctx.response();
        response.setChunked(true).putHeader("Content-Type", "application/gzip").putHeader("Cache-Control", "no-store")
                .putHeader("Content-Disposition", "attachment; filename=\"lexmaturity-backup-" + STAMP.format(now) + ".nq.gz\"");
        blocking.run(ctx, () -> {
            try {
                Backup.write(store, new ResponseStream(response), now);
                return true;
            } catch (UncheckedIOException e) {
                return false; // the client went away
            }
        }, written -> {
            if (written) {
                response.end();
            } else {
                ctx.request().connection().close();
            }
        });
    }
}
