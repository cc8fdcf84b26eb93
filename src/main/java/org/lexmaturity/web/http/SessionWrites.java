package org.lexmaturity.web.http;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.SessionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the session before the response goes out, where the servers of a cluster share their sessions. Vert.x
 * writes a changed session to the store only as the response's headers leave, without waiting: the browser's next
 * request (a redirect it follows at once, a form posted from the page just shown) can reach another server before the
 * write and find the session as it was — without the user just signed in, or with the form token of the page before.
 * On a single server the session store is this process's memory and nothing waits.
 */
public final class SessionWrites {
    private static final Logger LOG = LoggerFactory.getLogger(SessionWrites.class);
    private static final String KEY = "lexmaturity.sessionHandler";

    private SessionWrites() {}

    /** Marks the request as one whose session must be stored before its response (clustered servers). */
    public static void storeBeforeResponding(RoutingContext ctx, SessionHandler handler) {
        ctx.put(KEY, handler);
    }

    /** Runs {@code respond} once the session is stored: at once where nothing needs storing. */
    public static void thenRespond(RoutingContext ctx, Runnable respond) {
        SessionHandler handler = ctx.get(KEY);
        if (handler == null || ctx.session() == null) {
            respond.run();
            return;
        }
        handler.flush(ctx).onComplete(stored -> {
            if (stored.failed()) {
                LOG.warn("the session was not stored before the response: {}", stored.cause().toString());
            }
            respond.run();
        });
    }
}
