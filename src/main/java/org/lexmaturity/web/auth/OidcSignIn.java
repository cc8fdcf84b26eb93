package org.lexmaturity.web.auth;

import java.util.List;
import java.util.Locale;
import org.lexmaturity.web.http.UiLanguage;
import org.lexmaturity.web.http.Access;
import org.lexmaturity.web.http.SessionWrites;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.oauth2.OAuth2Auth;
import io.vertx.ext.auth.oauth2.OAuth2Options;
import io.vertx.ext.auth.oauth2.providers.OpenIDConnectAuth;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.ext.web.handler.OAuth2AuthHandler;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.lexmaturity.auth.OidcSettings;
import org.lexmaturity.auth.Role;

/**
 * Sign-in through an organisation's OpenID Connect provider (authorisation code flow with PKCE, Vert.x's handler).
 * {@code GET /login/oidc} sends the browser to the provider; back at {@code /login/oidc/callback} the ID token is
 * checked (issuer, audience, expiry, signature against the provider's keys), and the user becomes one of ours: the name
 * from {@code preferred_username} (else {@code email}, else {@code sub}) and the highest role found in the role claim.
 */
public final class OidcSignIn {
    private final Vertx vertx;
    private final OAuth2Auth provider;
    private final OidcSettings settings;

    private OidcSignIn(Vertx vertx, OAuth2Auth provider, OidcSettings settings) {
        this.vertx = vertx;
        this.provider = provider;
        this.settings = settings;
    }

    /** Reads the provider's discovery document; the server does not start when the provider cannot be reached. */
    public static OidcSignIn discover(Vertx vertx, OidcSettings settings) {
        OAuth2Options options = new OAuth2Options().setSite(settings.issuer()).setClientId(settings.clientId());
        if (!settings.clientSecret().isEmpty()) {
            options.setClientSecret(settings.clientSecret());
        }
        try {
            OAuth2Auth provider = OpenIDConnectAuth.discover(vertx, options).toCompletionStage().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
            return new OidcSignIn(vertx, provider, settings);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the OpenID Connect configuration of " + settings.issuer() + ": " + e.getMessage(), e);
        }
    }

    public void mount(Router router, Sessions sessions) {
        OAuth2AuthHandler handler = OAuth2AuthHandler.create(vertx, provider, settings.callbackUrl())
                .withScopes(List.of("openid", "profile", "email")).pkceVerifierLength(64);
        handler.setupCallback(router.get("/login/oidc/callback"));
        router.get("/login/oidc").handler(ctx -> {
            // remember where to return: the handler's own redirect brings the browser back to /login/oidc itself
            String back = ctx.request().getParam("return");
            if (back != null && ctx.session() != null) {
                ctx.session().put("lexmaturity.return", UiLanguage.localPath(back));
            }
            ctx.next();
        });
        router.get("/login/oidc").handler(handler).handler(ctx -> {
            User ours = ours(ctx.user()).orElse(null);
            if (ours == null) {
                sessions.signOut(ctx);
                ctx.fail(new HttpException(403, "your account at the identity provider has no Lexmaturity role (claim '"
                        + settings.roleClaim() + "' with admin, analyst or reader)"));
                return;
            }
            String back = ctx.session() == null ? null : ctx.session().remove("lexmaturity.return");
            sessions.signIn(ctx, ours).onComplete(done -> {
                if (done.failed()) {
                    ctx.fail(done.cause());
                } else {
                    SessionWrites.thenRespond(ctx, () -> ctx.response().setStatusCode(303).putHeader("Location", back == null ? "/" : back).end());
                }
            });
        });
    }

    /** Our user for the provider's: a name and a role, or empty when the claims give no role and no default is set. */
    Optional<User> ours(User theirs) {
        JsonObject claims = Optional.ofNullable(theirs.attributes().getJsonObject("idToken")).orElse(new JsonObject());
        String name = firstText(claims, "preferred_username", "email", "sub");
        if (name == null) {
            return Optional.empty();
        }
        Optional<Role> role = roles(claims.getValue(settings.roleClaim())).or(settings::defaultRole);
        return role.map(r -> User.create(new JsonObject().put("username", name).put("sub", name).put(Access.ROLE, r.id())));
    }

    private static Optional<Role> roles(Object claim) {
        JsonArray values = claim instanceof JsonArray a ? a : claim instanceof String s ? new JsonArray().add(s) : new JsonArray();
        Role best = null;
        for (Object v : values) {
            Optional<Role> r = Role.parse(String.valueOf(v)).filter(x -> x != Role.ANONYMOUS);
            if (r.isPresent() && (best == null || r.get().includes(best))) {
                best = r.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static String firstText(JsonObject claims, String... names) {
        for (String n : names) {
            Object v = claims.getValue(n);
            if (v instanceof String s && !s.isBlank()) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
