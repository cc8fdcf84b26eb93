package org.lexmaturity.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

class AccountsTest {
    @TempDir
    Path dir;
    Store store;
    Accounts accounts;

    @BeforeEach
    void open() {
        store = Store.open(new StoreConfig(dir, StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        accounts = new Accounts(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void passwordsAreKeptOnlyAsSlowSaltedHashes() {
        String a = PasswordHash.hash("a long enough password".toCharArray());
        String b = PasswordHash.hash("a long enough password".toCharArray());
        assertThat(a).startsWith("pbkdf2-sha512$210000$").isNotEqualTo(b); // salted
        assertThat(PasswordHash.verify("a long enough password".toCharArray(), a)).isTrue();
        assertThat(PasswordHash.verify("a long enough passwore".toCharArray(), a)).isFalse();
        assertThat(PasswordHash.verify("x".toCharArray(), "pbkdf2-sha512$1$AAAA$")).isFalse();
        assertThat(PasswordHash.verify("x".toCharArray(), "plain")).isFalse();
        assertThat(PasswordHash.verify("x".toCharArray(), null)).isFalse();
    }

    @Test
    void anAccountSignsInWithItsPasswordOnly() {
        accounts.create("maija.meikalainen", "salasana on pitkä".toCharArray(), Role.ANALYST);
        assertThat(accounts.verify("maija.meikalainen", "salasana on pitkä".toCharArray())).get()
                .extracting(Account::role).isEqualTo(Role.ANALYST);
        assertThat(accounts.verify("maija.meikalainen", "salasana on pitka".toCharArray())).isEmpty();
        assertThat(accounts.verify("nobody", "salasana on pitkä".toCharArray())).isEmpty();
        // the password is nowhere in the store in clear, and the accounts graph is not public
        String clear = "salasana on pitkä";
        boolean leaked = store.read(dsg -> {
            var it = dsg.find();
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().contains(clear)) {
                    return true;
                }
            }
            return false;
        });
        assertThat(leaked).isFalse();
        assertThat(store.graphs().publicGraphs()).doesNotContain(store.graphs().accounts());
    }

    @Test
    void badAccountsAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> accounts.create("Bad Name", "long enough password".toCharArray(), Role.READER))
                .hasMessageContaining("account name");
        assertThatThrownBy(() -> accounts.create("short", "short".toCharArray(), Role.READER)).hasMessageContaining("12 characters");
        assertThatThrownBy(() -> accounts.create("anon", "long enough password".toCharArray(), Role.ANONYMOUS)).hasMessageContaining("role");
        accounts.create("dup", "long enough password".toCharArray(), Role.READER);
        assertThatThrownBy(() -> accounts.create("dup", "long enough password".toCharArray(), Role.ADMIN)).hasMessageContaining("exists");
        assertThat(accounts.list()).extracting(Account::name).containsExactly("dup");
        assertThat(accounts.get("dup")).get().extracting(Account::role).isEqualTo(Role.READER);
    }

    @Test
    void theFirstStartCreatesOneAdminAndPrintsItsPasswordOnce() {
        String password = FirstAdmin.ensure(accounts, null).orElseThrow();
        assertThat(password).hasSize(20);
        assertThat(accounts.verify("admin", password.toCharArray())).get().extracting(Account::role).isEqualTo(Role.ADMIN);
        assertThat(FirstAdmin.ensure(accounts, null)).isEmpty();
        assertThat(accounts.list()).hasSize(1);
    }

    @Test
    void theAdminPasswordCanComeFromTheEnvironment() {
        assertThat(FirstAdmin.ensure(accounts, "given admin password")).isEmpty();
        assertThat(accounts.verify("admin", "given admin password".toCharArray())).isPresent();
    }

    @Test
    void theLastAdministratorStays() {
        accounts.create("boss", "long enough password".toCharArray(), Role.ADMIN);
        assertThatThrownBy(() -> accounts.remove("boss")).hasMessageContaining("last administrator");
        assertThatThrownBy(() -> accounts.setRole("boss", Role.READER)).hasMessageContaining("last administrator");
        assertThat(accounts.get("boss")).get().extracting(Account::role).isEqualTo(Role.ADMIN);
        accounts.create("deputy", "long enough password".toCharArray(), Role.ADMIN);
        accounts.setRole("boss", Role.READER);
        assertThat(accounts.get("boss")).get().extracting(Account::role).isEqualTo(Role.READER);
        accounts.setPassword("boss", "a brand new password".toCharArray());
        assertThat(accounts.verify("boss", "a brand new password".toCharArray())).isPresent();
        assertThat(accounts.verify("boss", "long enough password".toCharArray())).isEmpty();
    }

    @Test
    void theThrottleCountsFailuresInASlidingWindow() {
        Instant[] now = {Instant.parse("2026-11-23T10:00:00Z")};
        Clock clock = new Clock() {
            public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId zone) { return this; }
            public Instant instant() { return now[0]; }
        };
        LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBefore("10.0.0.1", "maija")).isZero();
            throttle.failed("10.0.0.1", "maija");
            now[0] = now[0].plusSeconds(60);
        }
        assertThat(throttle.waitBefore("10.0.0.1", "maija")).isEqualTo(Duration.ofMinutes(7));
        assertThat(throttle.waitBefore("10.0.0.2", "maija")).as("same name, other address").isPositive();
        assertThat(throttle.waitBefore("10.0.0.1", "other")).as("same address, other name: below the address limit").isZero();
        throttle.failed("10.0.0.1", "other");
        throttle.failed("10.0.0.1", "third");
        assertThat(throttle.waitBefore("10.0.0.1", "fourth")).as("five failures from one address").isPositive();
        assertThat(throttle.waitBefore("10.0.0.2", "fourth")).isZero();
        now[0] = now[0].plus(Duration.ofMinutes(8));
        assertThat(throttle.waitBefore("10.0.0.1", "maija")).isZero();
    }
}
