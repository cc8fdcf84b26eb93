package org.lexmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.auth.Accounts;
import org.lexmaturity.auth.Role;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/** {@code users}: accounts from the command line, the password read from standard input, never an argument. */
class UsersCommandTest {
    @TempDir
    Path data;

    private Cli.Result withInput(String input, String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.run(data, args);
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void anAccountIsAddedListedReRoledAndRemoved() {
        assertThat(withInput("liisan salasana on pitkä\n", "users", "add", "liisa", "analyst").exitCode()).isZero();
        assertThat(withInput("", "users", "add", "boss", "admin").exitCode()).as("no password on stdin").isEqualTo(1);
        assertThat(withInput("pomon salasana on pitkä\n", "users", "add", "boss", "admin").exitCode()).isZero();
        Cli.Result list = Cli.run(data, "users", "list");
        assertThat(list.out()).contains("liisa").contains("analyst").contains("boss").doesNotContain("pbkdf2");
        assertThat(Cli.run(data, "users", "role", "liisa", "reader").out()).contains("liisa is now reader");
        Cli.Result bad = Cli.run(data, "users", "role", "liisa", "emperor");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("role must be admin, analyst or reader");
        assertThat(Cli.run(data, "users", "remove", "boss").err()).contains("last administrator");
        assertThat(withInput("uusi salasana on pitkä\n", "users", "passwd", "liisa").exitCode()).isZero();
        try (Store store = Store.open(new StoreConfig(data, StoreConfig.DEFAULT_BASE_IRI))) {
            Accounts accounts = new Accounts(store);
            assertThat(accounts.verify("liisa", "uusi salasana on pitkä".toCharArray())).get()
                    .extracting(a -> a.role()).isEqualTo(Role.READER);
            assertThat(accounts.get("boss")).isPresent();
        }
        assertThat(Cli.run(data, "users", "remove", "liisa").exitCode()).isZero();
        assertThat(Cli.run(data, "users", "list").out()).doesNotContain("liisa");
    }
}
