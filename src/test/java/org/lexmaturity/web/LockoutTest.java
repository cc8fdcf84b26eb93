package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.auth.Accounts;
import org.lexmaturity.auth.Role;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/**
 * The sign-in lockout holds over HTTP Basic as over the form, also for credentials that signed in before (and so sit
 * in the server's cache of verified credentials): a locked name or address gets 429 whatever the password, and a
 * guess during the lockout is answered without being checked, exactly like the right password.
 */
class LockoutTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        Accounts accounts = new Accounts(store);
        for (String name : new String[] {"maija", "pekka", "liisa"}) {
            accounts.create(name, TestUsers.PASSWORD.toCharArray(), Role.ANALYST);
        }
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> api(String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/barriers"))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLockedNameIsRefusedOverBasicEvenWithTheRightPasswordThatSignedInBefore() throws Exception {
        // the right password signs in, and its verification is cached
        assertThat(api(basic("maija", TestUsers.PASSWORD)).statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(api(basic("maija", "guess " + i)).statusCode()).as("guess %s", i).isEqualTo(401);
        }
        HttpResponse<String> wrong = api(basic("maija", "guess 6"));
        HttpResponse<String> right = api(basic("maija", TestUsers.PASSWORD));
        assertThat(wrong.statusCode()).isEqualTo(429);
        assertThat(right.statusCode()).as("the right password during the lockout").isEqualTo(429);
        assertThat(right.body()).isEqualTo(wrong.body());
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        // the name in other letter cases is the same account, and the form refuses it too
        assertThat(api(basic("MAIJA", TestUsers.PASSWORD)).statusCode()).isEqualTo(429);
        HttpBrowser browser = new HttpBrowser(server.port());
        assertThat(browser.signIn("maija", TestUsers.PASSWORD).statusCode()).isEqualTo(429);
        // another account is not touched
        assertThat(api(basic("pekka", TestUsers.PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void guessingDuringALockoutCostsAsMuchAsTheRightPasswordAndTellsNothing() throws Exception {
        assertThat(api(basic("liisa", TestUsers.PASSWORD)).statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            api(basic("liisa", "wrong " + i));
        }
        for (int i = 0; i < 50; i++) {
            assertThat(api(basic("liisa", "wrong again " + i)).statusCode()).isEqualTo(429);
        }
        assertThat(api(basic("liisa", TestUsers.PASSWORD)).statusCode()).as("after 50 guesses, the right one").isEqualTo(429);
    }

    @Test
    void anAddressThatGuessedTooOftenIsRefusedForEveryName() {
        // a guesser rotating names from 127.0.0.3: 30 failures lock the address, for cached credentials too
        String from = "127.0.0.3";
        String good = basic("pekka", TestUsers.PASSWORD);
        assertThat(RawHttp.request(from, server.port(), "GET", "/api/barriers", Map.of("Authorization", good)).status()).isEqualTo(200);
        for (int i = 0; i < 30; i++) {
            int status = RawHttp.request(from, server.port(), "GET", "/api/barriers", Map.of("Authorization", basic("nobody" + i, "x"))).status();
            assertThat(status).as("guess %s", i).isEqualTo(401);
        }
        assertThat(RawHttp.request(from, server.port(), "GET", "/api/barriers", Map.of("Authorization", good)).status()).isEqualTo(429);
        // the same account from another address still works: the address is locked, not the name
        assertThat(RawHttp.request("127.0.0.4", server.port(), "GET", "/api/barriers", Map.of("Authorization", good)).status()).isEqualTo(200);
    }
}
