package org.lexmaturity.web.auth;

import java.util.Locale;
import java.util.regex.Pattern;
import org.lexmaturity.web.http.Links;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.Access;
import org.lexmaturity.web.http.SessionWrites;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CSRFHandler;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.impl.UserContextInternal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lexmaturity.auth.Account;
import org.lexmaturity.auth.Accounts;
import org.lexmaturity.auth.AuthSettings;

/**
 * Who the request comes from, and the checks that go with it, in the order they must run:
 * <ol>
 *   <li>a session (cookie {@code lxm-session}: HttpOnly, SameSite=Lax, Secure unless switched off) for browsers;</li>
 *   <li>HTTP Basic credentials on {@code /api} calls from scripts: checked per request, no session, no CSRF token
 *       needed because nothing ambient (a cookie) authenticates them;</li>
 *   <li>the CSRF check on every state-changing request a browser makes: the token (cookie + session) must come back as
 *       the {@code X-XSRF-TOKEN} header or form field.</li>
 * </ol>
 * The public SPARQL endpoint and static files stay outside: they read nothing of a user.
 */
public final class Sessions {
    public static final String COOKIE = "lxm-session";
    private static final String OUTSIDE = "^/(?!sparql|static/).*";
    private static final Pattern DOCUMENTS = Pattern.compile("^/(id|doc)/.*$");
    private static final Pattern NO_FORMS = Pattern.compile("^/(api/.*|health|data(/.*)?|ns(\\..*)?)$");
    private static final String API_AUTH = "lexmaturity.apiCredentials";
    private static final Duration CREDENTIAL_CACHE = Duration.ofMinutes(5);
    static final String CSRF_REFUSED = "the request did not carry this site's form token (CSRF check): reload the page and try again";

    private final SessionHandler sessions;
    private final CSRFHandler csrf;
    private final Accounts accounts;
    private final SharedSignIns shared;
    private final boolean clustered;
    private final Blocking blocking;
    /** Verified Basic credentials (SHA-256 of the header) → account, so a script's calls don't each pay the slow hash. */
    private final Map<String, CachedCredential> verified = new ConcurrentHashMap<>();
    private static final String SIGNED_IN = "signedInAt";

    private record CachedCredential(Account account, Instant until) {}

    public Sessions(Vertx vertx, Accounts accounts, SharedSignIns shared, Blocking blocking, AuthSettings settings) {
        this.accounts = accounts;
        this.shared = shared;
        this.clustered = vertx.isClustered();
        this.blocking = blocking;
        // a revocation on any server empties this server's cache of verified credentials, too
        shared.onRevocation(verified::clear);
        this.sessions = SessionHandler.create(shared.sessionStore()).setSessionCookieName(COOKIE)
                .setCookieHttpOnlyFlag(true).setCookieSecureFlag(settings.secureCookies()).setCookieSameSite(CookieSameSite.LAX)
                .setSessionTimeout(settings.sessionIdle().toMillis()).setNagHttps(false).setMinLength(32)
                // a session (and its cookie) only once something is kept in it: scripts and crawlers get none
                .setLazySession(true);
        // one secret for all servers of a cluster: a form made by one is accepted by another
        this.csrf = CSRFHandler.create(vertx, shared.csrfSecret()).setCookieSecure(settings.secureCookies())
                .setNagHttps(false).setTimeout(settings.sessionIdle().toMillis());
    }

    public void mount(Router router) {
        router.routeWithRegex(OUTSIDE).handler(sessions);
        if (clustered) {
            router.routeWithRegex(OUTSIDE).handler(ctx -> {
                SessionWrites.storeBeforeResponding(ctx, sessions);
                ctx.next();
            });
        }
        router.routeWithRegex(OUTSIDE).handler(this::dropRevoked);
        router.route("/api/*").handler(this::apiCredentials);
        router.route("/health").handler(this::apiCredentials); // monitoring scripts of an administrator
        router.routeWithRegex(OUTSIDE).handler(this::csrfCheck);
    }

    /** Signs the user in for the rest of the session, with a fresh session id (no fixation). */
    Future<Void> signIn(RoutingContext ctx, Account account) {
        JsonObject principal = new JsonObject().put("username", account.name()).put("sub", account.name())
                .put(Access.ROLE, account.role().id());
        return signIn(ctx, User.create(principal));
    }

    Future<Void> signIn(RoutingContext ctx, User user) {
        user.principal().put(SIGNED_IN, shared.tick());
        ctx.session().regenerateId();
        return sessions.setUser(ctx, user);
    }

    /**
     * Ends the sessions and cached credentials of an account whose password or role changed or which was removed:
     * its sessions carry the old role, so they must not outlive the change.
     */
    void revoke(String name) {
        shared.revoke(name);
    }

    private void dropRevoked(RoutingContext ctx) {
        User user = ctx.user();
        if (user != null && !Boolean.TRUE.equals(ctx.get(API_AUTH))) {
            long revoked = shared.revokedAt(user.subject());
            long since = user.principal().getLong(SIGNED_IN, 0L);
            if (revoked > 0 && since <= revoked) {
                signOut(ctx);
            }
        }
        ctx.next();
    }

    void signOut(RoutingContext ctx) {
        ctx.userContext().clear();
        if (ctx.session() != null) {
            ctx.session().destroy();
        }
    }

    private void csrfCheck(RoutingContext ctx) {
        HttpMethod m = ctx.request().method();
        boolean safe = m == HttpMethod.GET || m == HttpMethod.HEAD || m == HttpMethod.OPTIONS;
        boolean api = ctx.request().path().startsWith("/api/");
        if (safe && NO_FORMS.matcher(ctx.request().path()).matches()) {
            ctx.next(); // machine-readable answers carry no forms: no token, no session
            return;
        }
        if (safe && ctx.user() == null && DOCUMENTS.matcher(ctx.request().path()).matches()) {
            ctx.next(); // Linked Data pages read by crawlers: a visitor's only form there is none
            return;
        }
        if (api && (safe || ctx.user() == null || Boolean.TRUE.equals(ctx.get(API_AUTH)))) {
            // JSON reads need no token; without a signed-in user, or with credentials in the request itself, there is
            // no ambient authority to forge (the route's own role check refuses an anonymous write with 401)
            ctx.next();
            return;
        }
        if (api) {
            apiToken(ctx);
            return;
        }
        if (!safe && tokenSent(ctx).isEmpty()) {
            ctx.fail(new HttpException(403, CSRF_REFUSED));
            return;
        }
        csrf.handle(ctx);
    }

    /**
     * The browser's JSON writes send the page's token as the {@code X-XSRF-TOKEN} header. Vert.x's handler would want
     * the body parsed first, which the API's own body readers (with their size limits) do later; so the header is
     * compared here with the token the handler keeps in the session, bound to the session id.
     */
    private void apiToken(RoutingContext ctx) {
        String sent = ctx.request().getHeader(CSRFHandler.DEFAULT_HEADER_NAME);
        Object stored = ctx.session() == null ? null : ctx.session().get(CSRFHandler.DEFAULT_HEADER_NAME);
        String prefix = ctx.session() == null ? "" : ctx.session().id() + "/";
        boolean ok = sent != null && stored instanceof String s && s.startsWith(prefix)
                && MessageDigest.isEqual(s.substring(prefix.length()).getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
        if (ok) {
            ctx.next();
        } else {
            ctx.fail(new HttpException(403, CSRF_REFUSED));
        }
    }

    private static Optional<String> tokenSent(RoutingContext ctx) {
        String header = ctx.request().getHeader(CSRFHandler.DEFAULT_HEADER_NAME);
        String field = ctx.request().getFormAttribute(CSRFHandler.DEFAULT_HEADER_NAME);
        return Optional.ofNullable(header != null && !header.isBlank() ? header : field).filter(v -> !v.isBlank());
    }

    /**
     * HTTP Basic on {@code /api}. The throttle comes first, before the cache of verified credentials: a name or an
     * address that is locked out gets 429 whatever the password, cached or not, so a lockout cannot be walked round by
     * credentials that once succeeded, and a guess during it tells nothing.
     */
    private void apiCredentials(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            ctx.next();
            return;
        }
        String[] pair = decode(header.substring(6).trim());
        if (pair == null) {
            ctx.fail(new HttpException(400, "the Authorization header is not valid Basic credentials"));
            return;
        }
        String name = pair[0].toLowerCase(Locale.ROOT);
        String address = Links.address(ctx);
        Duration wait = shared.waitBefore(address, name);
        if (!wait.isZero()) {
            refuseThrottled(ctx, wait);
            return;
        }
        String key = sha256(header);
        CachedCredential cached = verified.get(key);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            accept(ctx, cached.account());
            return;
        }
        // hold the body back while the slow hash runs on a worker: the route's body handler reads it afterwards
        ctx.request().pause();
        blocking.run(ctx, () -> accounts.verify(name, pair[1].toCharArray()), account -> {
            if (account.isEmpty()) {
                shared.failed(address, name);
                verified.remove(key);
                ctx.fail(new HttpException(401, "wrong account name or password"));
                return;
            }
            shared.succeeded(name);
            if (verified.size() > 10_000) {
                verified.clear();
            }
            verified.put(key, new CachedCredential(account.get(), Instant.now().plus(CREDENTIAL_CACHE)));
            accept(ctx, account.get());
        });
    }

    /** 429 with {@code Retry-After}: the same answer for a right and a wrong password. */
    static void refuseThrottled(RoutingContext ctx, Duration wait) {
        ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        ctx.fail(new HttpException(429, "too many failed sign-ins; try again in " + Math.max(1, (wait.toSeconds() + 59) / 60) + " min"));
    }


    private void accept(RoutingContext ctx, Account account) {
        JsonObject principal = new JsonObject().put("username", account.name()).put("sub", account.name())
                .put(Access.ROLE, account.role().id());
        // the same call Vert.x's own authentication handlers make to attach a user to one request
        ((UserContextInternal) ctx.userContext()).setUser(User.create(principal));
        ctx.put(API_AUTH, true);
        ctx.next();
    }

    private static String[] decode(String b64) {
        try {
            String text = new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon <= 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
