package org.lexmaturity.web.http;

import io.vertx.ext.web.RoutingContext;

/**
 * Headers every response carries: no inline scripts or styles, no framing, no MIME sniffing; and
 * {@code Cache-Control: no-store} on every answer to a signed-in user or a script with credentials (reports, private
 * analyses, account pages), unless the route said otherwise, so no cache keeps private data.
 */
public final class SecurityHeaders {
    public static void apply(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "same-origin")
                .putHeader("X-Frame-Options", "DENY");
        ctx.addHeadersEndHandler(v -> {
            if (!ctx.response().headers().contains("Cache-Control") && personal(ctx)) {
                ctx.response().putHeader("Cache-Control", "no-store");
            }
        });
        ctx.next();
    }

    /** Whether the answer was made for someone: a user, credentials, or a session holding something (a form token). */
    private static boolean personal(RoutingContext ctx) {
        return ctx.user() != null || ctx.request().getHeader("Authorization") != null || (ctx.session() != null && !ctx.session().isEmpty());
    }

    private SecurityHeaders() {}
}
