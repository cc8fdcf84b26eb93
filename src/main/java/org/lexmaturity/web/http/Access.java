package org.lexmaturity.web.http;

import io.vertx.core.Handler;
import io.vertx.ext.auth.User;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.lexmaturity.auth.Role;

/**
 * Who is asking, and the one place that decides whether they may. Routes guard themselves with
 * {@code Access.require(Role.ANALYST)}; pages ask {@link #role} to show only what the user can use.
 */
public final class Access {
    /** The attribute of a signed-in {@link User}'s principal that holds the role id. */
    public static final String ROLE = "role";

    private Access() {}

    public static Role role(RoutingContext ctx) {
        User user = ctx.user();
        if (user == null) {
            return Role.ANONYMOUS;
        }
        return Role.parse(user.principal().getString(ROLE)).orElse(Role.ANONYMOUS);
    }

    /** The user's name as shown and recorded in provenance, or null when nobody is signed in. */
    public static String userName(RoutingContext ctx) {
        User user = ctx.user();
        return user == null ? null : user.subject();
    }

    /** A handler that lets the request on only for {@code role} or above: 401 when not signed in, else 403. */
    public static Handler<RoutingContext> require(Role role) {
        return ctx -> {
            Role have = role(ctx);
            if (have.includes(role)) {
                ctx.next();
            } else if (have == Role.ANONYMOUS) {
                ctx.fail(new HttpException(401, "sign in as " + role.id() + " to do this"));
            } else {
                ctx.fail(new HttpException(403, "this needs the " + role.id() + " role; you are " + have.id()));
            }
        };
    }
}
