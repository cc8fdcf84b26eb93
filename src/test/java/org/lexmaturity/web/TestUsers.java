package org.lexmaturity.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.lexmaturity.auth.Accounts;
import org.lexmaturity.auth.Role;
import org.lexmaturity.store.Store;

/** Accounts for tests: one per role, named after it, with a known password. */
public final class TestUsers {
    public static final String PASSWORD = "correct horse battery staple";

    private TestUsers() {}

    /** Creates {@code reader}, {@code analyst} and {@code admin} (each with {@link #PASSWORD}) unless they exist. */
    public static void create(Store store) {
        Accounts accounts = new Accounts(store);
        for (Role role : new Role[] {Role.READER, Role.ANALYST, Role.ADMIN}) {
            if (accounts.get(role.id()).isEmpty()) {
                accounts.create(role.id(), PASSWORD.toCharArray(), role);
            }
        }
    }

    /** The {@code Authorization} header value a script sends to act as the account of {@code role}. */
    public static String basic(Role role) {
        return "Basic " + Base64.getEncoder().encodeToString((role.id() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
