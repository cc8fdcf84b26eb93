package org.lexmaturity.auth;

import java.util.Map;
import java.util.Optional;

/**
 * OpenID Connect sign-in for real deployments (an organisation's identity provider instead of local accounts).
 * Roles come from a claim of the ID token (by default {@code roles}; values {@code admin}, {@code analyst},
 * {@code reader}); a user without any of them signs in as a reader only if {@code defaultRole} says so.
 *
 * @param issuer the provider's issuer URL; its {@code /.well-known/openid-configuration} is read at start
 * @param callbackUrl this server's public URL of {@code /login/oidc/callback}
 */
public record OidcSettings(String issuer, String clientId, String clientSecret, String callbackUrl, String roleClaim,
        Optional<Role> defaultRole) {

    public static Optional<OidcSettings> fromEnvironment(Map<String, String> env) {
        String issuer = env.get("LEXMATURITY_OIDC_ISSUER");
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        String clientId = required(env, "LEXMATURITY_OIDC_CLIENT_ID");
        String callback = required(env, "LEXMATURITY_OIDC_CALLBACK_URL");
        return Optional.of(new OidcSettings(issuer, clientId, env.getOrDefault("LEXMATURITY_OIDC_CLIENT_SECRET", ""), callback,
                env.getOrDefault("LEXMATURITY_OIDC_ROLE_CLAIM", "roles"),
                Role.parse(env.get("LEXMATURITY_OIDC_DEFAULT_ROLE")).filter(r -> r != Role.ANONYMOUS)));
    }

    private static String required(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + " must be set when LEXMATURITY_OIDC_ISSUER is");
        }
        return v;
    }
}
