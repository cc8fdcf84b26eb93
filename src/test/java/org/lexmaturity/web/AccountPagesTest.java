package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
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

/** The account pages over HTTP as a browser uses them: administrators manage accounts, everyone their own password. */
class AccountPagesTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;

    @BeforeAll
    static void start() {
        store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        TestUsers.create(store);
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpBrowser signedIn(String name, String password) throws Exception {
        HttpBrowser b = new HttpBrowser(server.port());
        assertThat(b.signIn(name, password).statusCode()).isEqualTo(303);
        return b;
    }

    @Test
    void onlyAdministratorsSeeTheAccountList() throws Exception {
        HttpBrowser anonymous = new HttpBrowser(server.port());
        HttpResponse<String> r = anonymous.get("/admin/accounts");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/login?return=%2Fadmin%2Faccounts");
        assertThat(signedIn("analyst", TestUsers.PASSWORD).get("/admin/accounts").statusCode()).isEqualTo(403);
        HttpResponse<String> admin = signedIn("admin", TestUsers.PASSWORD).get("/admin/accounts");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains(">reader<").contains(">analyst<").contains(">admin<");
        assertThat(admin.body()).doesNotContain("pbkdf2");
    }

    @Test
    void aDemotedUserLosesTheOldRoleAtOnce() throws Exception {
        HttpBrowser admin = signedIn("admin", TestUsers.PASSWORD);
        admin.get("/admin/accounts");
        HttpResponse<String> created = admin.post("/admin/accounts", Map.of("name", "Pekka.Ministerio", "role", "analyst",
                "password", "pekan pitkä salasana", "X-XSRF-TOKEN", admin.token));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(admin.get("/admin/accounts").body()).contains("Luotiin käyttäjätunnus pekka.ministerio");

        HttpBrowser pekka = signedIn("pekka.ministerio", "pekan pitkä salasana");
        assertThat(pekka.get("/account").body()).contains("analyytikko");
        HttpResponse<String> demoted = admin.post("/admin/accounts/pekka.ministerio/role", Map.of("role", "reader", "X-XSRF-TOKEN", admin.token));
        assertThat(demoted.statusCode()).isEqualTo(303);
        // Pekka's open session carried the analyst role: it has ended
        assertThat(pekka.get("/acts").body()).doesNotContain("action=\"/logout\"");
        HttpBrowser again = signedIn("pekka.ministerio", "pekan pitkä salasana");
        assertThat(again.get("/account").body()).contains("lukija");
    }

    @Test
    void aRefusedAccountIsExplainedAndNothingIsCreated() throws Exception {
        HttpBrowser admin = signedIn("admin", TestUsers.PASSWORD);
        admin.get("/admin/accounts");
        int before = new Accounts(store).list().size();
        HttpResponse<String> r = admin.post("/admin/accounts", Map.of("name", "liisa", "role", "analyst", "password", "short",
                "X-XSRF-TOKEN", admin.token));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("12 characters").contains("value=\"liisa\"");
        assertThat(new Accounts(store).list()).hasSize(before);
        HttpResponse<String> last = admin.post("/admin/accounts/admin/remove", Map.of("X-XSRF-TOKEN", admin.token));
        assertThat(last.statusCode()).isEqualTo(400);
        assertThat(last.body()).contains("last administrator");
    }

    @Test
    void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() throws Exception {
        new Accounts(store).create("vaihtaja", "alkuperäinen salasana".toCharArray(), Role.READER);
        HttpBrowser b = signedIn("vaihtaja", "alkuperäinen salasana");
        b.get("/account");
        HttpResponse<String> wrong = b.post("/account/password", Map.of("current", "arvaus arvaus arvaus", "password", "uusi pitkä salasana",
                "repeat", "uusi pitkä salasana", "X-XSRF-TOKEN", b.token));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Nykyinen salasana on väärä.");
        HttpResponse<String> mismatch = b.post("/account/password", Map.of("current", "alkuperäinen salasana", "password", "uusi pitkä salasana",
                "repeat", "uusi pitka salasana", "X-XSRF-TOKEN", b.token));
        assertThat(mismatch.body()).contains("Uudet salasanat eivät ole samat.");
        HttpResponse<String> ok = b.post("/account/password", Map.of("current", "alkuperäinen salasana", "password", " uusi pitkä salasana ",
                "repeat", " uusi pitkä salasana ", "X-XSRF-TOKEN", b.token));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(b.get("/account").body()).contains("Salasanasi on vaihdettu.").contains("action=\"/logout\"");
        assertThat(new Accounts(store).verify("vaihtaja", " uusi pitkä salasana ".toCharArray())).as("spaces are part of a password").isPresent();
        assertThat(new Accounts(store).verify("vaihtaja", "alkuperäinen salasana".toCharArray())).isEmpty();
    }
}
