package org.lexmaturity.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How sign-in behaves on this server.
 *
 * @param secureCookies send the session and CSRF cookies only over HTTPS (browsers treat http://localhost as secure
 *     too); switch off only to try the server over plain HTTP on a network
 * @param sessionIdle how long a session lives without requests
 * @param oidc OpenID Connect sign-in, when configured (else local accounts only)
 */
public record AuthSettings(boolean secureCookies, Duration sessionIdle, Optional<OidcSettings> oidc) {
    public static final Duration DEFAULT_IDLE = Duration.ofHours(2);

    public static AuthSettings defaults() {
        return new AuthSettings(true, DEFAULT_IDLE, Optional.empty());
    }

    /** From the environment: {@code LEXMATURITY_INSECURE_COOKIES=true} and the {@code LEXMATURITY_OIDC_*} variables. */
    public static AuthSettings fromEnvironment(Map<String, String> env) {
        boolean insecure = "true".equalsIgnoreCase(env.getOrDefault("LEXMATURITY_INSECURE_COOKIES", "false"));
        return new AuthSettings(!insecure, DEFAULT_IDLE, OidcSettings.fromEnvironment(env));
    }
}
