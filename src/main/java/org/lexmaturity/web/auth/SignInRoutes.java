package org.lexmaturity.web.auth;

import java.util.Locale;
import org.lexmaturity.web.http.UiLanguage;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.SessionWrites;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.lexmaturity.auth.Accounts;

/**
 * {@code GET /login} (the form), {@code POST /login} (local accounts; throttled), {@code POST /logout}. After signing
 * in the user returns to the page that asked for it ({@code ?return=/path}, local paths only).
 */
public final class SignInRoutes {
    private final Accounts accounts;
    private final SharedSignIns throttle;
    private final Sessions sessions;
    private final Blocking blocking;
    private final Pages pages;
    private final boolean oidc;
    private final boolean secureCookies;

    public SignInRoutes(Accounts accounts, SharedSignIns throttle, Sessions sessions, Blocking blocking, Pages pages, boolean oidc,
            boolean secureCookies) {
        this.secureCookies = secureCookies;
        this.accounts = accounts;
        this.throttle = throttle;
        this.sessions = sessions;
        this.blocking = blocking;
        this.pages = pages;
        this.oidc = oidc;
    }

    public void mount(Router router) {
        router.get("/login").handler(ctx -> form(ctx, 200, null, ""));
        router.post("/login").handler(this::signIn);
        router.post("/logout").handler(ctx -> {
            sessions.signOut(ctx);
            SessionWrites.thenRespond(ctx, () -> ctx.response().setStatusCode(303).putHeader("Location", "/").end());
        });
    }

    private void signIn(RoutingContext ctx) {
        String name = field(ctx, "username").toLowerCase(Locale.ROOT);
        String password = secret(ctx, "password");
        String address = ctx.request().remoteAddress() == null ? "" : ctx.request().remoteAddress().hostAddress();
        Duration wait = throttle.waitBefore(address, name);
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            form(ctx, 429, pages.text().word(UiLanguage.of(ctx), "login.throttled").replace("{minutes}", Long.toString(minutes)), name);
            return;
        }
        if (name.isEmpty() || password.isEmpty()) {
            form(ctx, 400, pages.text().word(UiLanguage.of(ctx), "login.missing"), name);
            return;
        }
        blocking.run(ctx, () -> accounts.verify(name, password.toCharArray()), account -> {
            if (account.isEmpty()) {
                throttle.failed(address, name);
                form(ctx, 401, pages.text().word(UiLanguage.of(ctx), "login.wrong"), name);
                return;
            }
            throttle.succeeded(name);
            sessions.signIn(ctx, account.get()).onComplete(done -> {
                if (done.failed()) {
                    ctx.fail(done.cause());
                    return;
                }
                SessionWrites.thenRespond(ctx, () -> ctx.response().setStatusCode(303)
                        .putHeader("Location", UiLanguage.localPath(ctx.request().getParam("return"))).end());
            });
        });
    }

    private void form(RoutingContext ctx, int status, String error, String name) {
        ctx.response().setStatusCode(status);
        Map<String, Object> model = new HashMap<>();
        model.put("error", error);
        model.put("username", name);
        model.put("returnTo", UiLanguage.localPath(ctx.request().getParam("return")));
        model.put("oidc", oidc);
        model.put("cookieWarning", secureCookies && !sendsSecureCookies(ctx));
        pages.render(ctx, "login", model);
    }

    /** Passwords are taken as typed: spaces at either end are part of them. */
    private static String secret(RoutingContext ctx, String name) {
        String v = ctx.request().getFormAttribute(name);
        return v == null ? "" : v;
    }

    /**
     * Whether a browser will send our Secure cookie back on this connection: over HTTPS (directly or behind a proxy
     * that says so), or to this machine, which browsers treat as secure. Elsewhere sign-in would fail silently.
     */
    private static boolean sendsSecureCookies(RoutingContext ctx) {
        if (ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"))) {
            return true;
        }
        String host = ctx.request().authority() == null ? "" : ctx.request().authority().host();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private static String field(RoutingContext ctx, String name) {
        String v = ctx.request().getFormAttribute(name);
        return v == null ? "" : v.trim();
    }
}
