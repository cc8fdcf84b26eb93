package org.lexmaturity.web.http;

import io.vertx.core.http.HttpMethod;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.kernel.Problems;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP statuses: JSON under {@code /api}, a page in the user's language for
 * browsers, short plain text for everyone else; server errors logged.
 */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    /** The challenge a 401 carries, so clients that wait for one (RFC 9110, 11.6.1) send their credentials. */
    static final String CHALLENGE = "Basic realm=\"Lexmaturity\", charset=\"UTF-8\"";
    private final Pages pages;
    private final AllowedMethods allowed;

    public Failures(Pages pages, AllowedMethods allowed) {
        this.pages = pages;
        this.allowed = allowed;
    }

    public void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        String message;
        if (failure instanceof HttpException http) {
            status = http.getStatusCode();
            message = http.getPayload() != null ? http.getPayload() : reason(status);
        } else if (failure instanceof ImportException) {
            status = 422;
            message = failure.getMessage();
        } else if (failure instanceof IllegalArgumentException) {
            status = 400;
            message = failure.getMessage();
        } else if (failure != null) {
            status = 500;
            message = reason(500);
            LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), failure);
        } else {
            message = reason(status);
        }
        if (ctx.response().headWritten()) {
            ctx.request().connection().close();
            return;
        }
        if (status == 405) {
            ctx.response().putHeader("Allow", allowed.forPath(ctx.request().path()));
        }
        if (status == 401 && !redirectsToSignIn(ctx)) {
            ctx.response().putHeader("WWW-Authenticate", CHALLENGE);
        }
        if (status >= 500 && failure != null) {
            ctx.response().putHeader("Cache-Control", "no-store");
        }
        if (ctx.request().path().startsWith("/api/")) {
            JsonObject body = new JsonObject().put("status", status).put("error", message);
            if (failure instanceof Problems.Failed failed) {
                JsonArray list = new JsonArray();
                failed.problems().forEach(p -> list.add(new JsonObject().put("place", p.place()).put("message", p.message())));
                body.put("error", failed.total() + (failed.total() == 1 ? " problem" : " problems") + ", nothing changed").put("problems", list);
            }
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encodePrettily());
            return;
        }
        if (status == 401 && redirectsToSignIn(ctx)) {
            // a page that needs a signed-in user: sign in, then come back
            ctx.response().setStatusCode(303).putHeader("Location", "/login?return="
                    + URLEncoder.encode(ctx.request().uri(), StandardCharsets.UTF_8)).end();
            return;
        }
        if (wantsPage(ctx)) {
            String lang = UiLanguage.of(ctx);
            String heading = pages.text().word(lang, switch (status) {
                case 401 -> "error.signIn";
                case 403 -> "error.forbidden";
                case 404 -> "error.notFound";
                default -> "error.title";
            });
            ctx.response().setStatusCode(status);
            pages.render(ctx, "error", Map.of("heading", heading, "message", message, "status", status));
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/plain; charset=utf-8").end(message + "\n");
    }

    /** A page (not {@code /api}) that needs a signed-in user: the browser is sent to sign in and come back. */
    private static boolean redirectsToSignIn(RoutingContext ctx) {
        return !ctx.request().path().startsWith("/api/") && ctx.request().method() == HttpMethod.GET;
    }

    /** A browser asking for a page (not a script, not an image or download link). */
    private static boolean wantsPage(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Sign in first";
            case 403 -> "Forbidden";
            case 429 -> "Too many requests";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Request entity too large";
            default -> status >= 500 ? "Internal server error" : "Error " + status;
        };
    }
}
