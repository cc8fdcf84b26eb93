package org.lexmaturity.auth;

import java.util.Optional;

/**
 * At the first start there is no account: an administrator {@code admin} is created, with the password from
 * {@code LEXMATURITY_ADMIN_PASSWORD} if set, else a random one that is printed once and never stored in clear.
 */
public final class FirstAdmin {
    public static final String NAME = "admin";

    private FirstAdmin() {}

    /** The generated password when an admin was created with one; empty when an admin existed or was given one. */
    public static Optional<String> ensure(Accounts accounts, String givenPassword) {
        if (accounts.anyAdmin()) {
            return Optional.empty();
        }
        boolean given = givenPassword != null && !givenPassword.isBlank();
        String password = given ? givenPassword : PasswordHash.randomPassword();
        accounts.create(NAME, password.toCharArray(), Role.ADMIN);
        return given ? Optional.empty() : Optional.of(password);
    }
}
