package org.lexmaturity.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * Guards every route that changes the register or imports data. Until sign-in with roles exists, writes are
 * accepted only from this machine (the server listens on loopback by default); when a user is signed in, the
 * role check belongs here and nowhere else. Also names who made a change, for the provenance record.
 */
final class WriteAccess implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.user() == null && !isLoopback(ctx)) {
            ctx.fail(new HttpException(403, "changes are accepted only from this machine until sign-in is configured"));
            return;
        }
        ctx.next();
    }

    static boolean isLoopback(RoutingContext ctx) {
        var address = ctx.request().remoteAddress();
        if (address == null || address.hostAddress() == null) {
            return false;
        }
        String host = address.hostAddress();
        return host.startsWith("127.") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1");
    }

    /** The agent a change is recorded as: the signed-in user, else the local analyst at this machine. */
    static String agent(RoutingContext ctx) {
        if (ctx.user() != null && ctx.user().subject() != null) {
            return ctx.user().subject();
        }
        return "local-analyst";
    }
}
