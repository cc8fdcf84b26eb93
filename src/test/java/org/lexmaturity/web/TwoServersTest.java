package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestData;
import org.lexmaturity.TestStores;
import org.lexmaturity.web.acts.StatuteImportRoutes;
import org.lexmaturity.auth.Accounts;
import org.lexmaturity.auth.AuthSettings;
import org.lexmaturity.auth.Role;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.sparql.EndpointSettings;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.web.cluster.ClusterSettings;

/**
 * Two web servers side by side on one remote store (Apache Jena Fuseki on loopback), clustered through Vert.x's
 * Hazelcast cluster manager on loopback, each with its own connection to the store as two machines would have, and
 * clients behind a load balancer with no sticky routing: every request goes to the other server than the one before.
 */
class TwoServersTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Word between servers travels the event bus: it arrives in milliseconds, but not within the same request. */
    private static final Duration SETTLE = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    static Store storeA;
    static Store storeB;
    static WebServer a;
    static WebServer b;

    @BeforeAll
    static void start() throws Exception {
        StoreConfig config = TestStores.fuseki(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI);
        storeA = Store.open(config);
        Ontology.install(storeA);
        TestUsers.create(storeA);
        Accounts accounts = new Accounts(storeA);
        for (String name : new String[] {"maija", "pekka", "liisa"}) {
            accounts.create(name, TestUsers.PASSWORD.toCharArray(), Role.ANALYST);
        }
        storeB = Store.open(config);
        int portA = freePort();
        int portB = freePort();
        List<String> members = List.of("127.0.0.1:" + portA, "127.0.0.1:" + portB);
        // a name of its own: another run's cluster on this machine stays apart
        String name = "lexmaturity-test-" + UUID.randomUUID();
        a = WebServer.start(storeA, "127.0.0.1", 0, AuthSettings.defaults(), EndpointSettings.defaults(),
                Optional.of(new ClusterSettings("127.0.0.1", portA, members, name)));
        b = WebServer.start(storeB, "127.0.0.1", 0, AuthSettings.defaults(), EndpointSettings.defaults(),
                Optional.of(new ClusterSettings("127.0.0.1", portB, members, name)));
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        storeB.close();
        storeA.close();
    }

    @Test
    void aSignedInUserStaysSignedInWhicheverServerAnswersAndTheFormsOfOneAreAcceptedByTheOther() throws Exception {
        HttpBrowser browser = HttpBrowser.roundRobin(a.port(), b.port());
        // the sign-in form comes from A, is posted to B
        assertThat(browser.signIn("analyst", TestUsers.PASSWORD).statusCode()).isEqualTo(303);
        for (int i = 0; i < 4; i++) {
            int port = browser.nextPort();
            HttpResponse<String> page = browser.get("/account");
            assertThat(page.statusCode()).as("request %s, to port %s", i, port).isEqualTo(200);
            assertThat(page.body()).as("request %s, to port %s", i, port).contains("action=\"/logout\"").contains("analyst");
        }
        // a JSON write with the token of a page one server made, sent to the other: a register change made on one
        // server is seen on the other at once (both read the one store)
        browser.get("/register");
        int writer = browser.nextPort();
        HttpResponse<String> created = browser.postJson("/api/barriers", new JsonObject()
                .put("title", new JsonObject().put("fi", "Kirjallinen hakemus").put("en", "Written application"))
                .put("barrierType", "written-form").put("severity", 3).encode(), true);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = new JsonObject(created.body()).getString("id");
        int other = writer == a.port() ? b.port() : a.port();
        HttpResponse<String> seen = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other + "/api/barriers/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        assertThat(new JsonObject(seen.body()).getJsonObject("title").getString("en")).isEqualTo("Written application");
        // signing out on one server ends the session on both
        browser.post("/logout", Map.of("X-XSRF-TOKEN", browser.token));
        assertThat(browser.get("/account").statusCode()).isNotEqualTo(200);
        assertThat(browser.get("/account").statusCode()).isNotEqualTo(200);
    }

    @Test
    void aLockoutOnOneServerHoldsOnTheOther() throws Exception {
        assertThat(api(b, basic("maija", TestUsers.PASSWORD)).statusCode()).as("signed in on B first: B caches the credentials").isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(api(a, basic("maija", "guess " + i)).statusCode()).as("guess %s on A", i).isEqualTo(401);
        }
        assertThat(api(a, basic("maija", TestUsers.PASSWORD)).statusCode()).as("A is locked").isEqualTo(429);
        // B hears of A's failures over the event bus; a guesser who turns to B meets the same lockout. At most three
        // guesses on B, a second apart: on its own B would let five through before locking
        int answer = 0;
        for (int guess = 0; guess < 3 && answer != 429; guess++) {
            Thread.sleep(guess == 0 ? 100 : 1000);
            answer = api(b, basic("maija", "guess on B " + guess)).statusCode();
        }
        assertThat(answer).isEqualTo(429);
        assertThat(api(b, basic("maija", TestUsers.PASSWORD)).statusCode()).as("the right password, cached on B").isEqualTo(429);
        HttpBrowser browserOnB = new HttpBrowser(b.port());
        assertThat(browserOnB.signIn("maija", TestUsers.PASSWORD).statusCode()).as("the sign-in form on B").isEqualTo(429);
        assertThat(api(b, basic("pekka", TestUsers.PASSWORD)).statusCode()).as("another account").isEqualTo(200);
    }

    @Test
    void aRevocationOnOneServerEndsTheSessionsOnTheOther() throws Exception {
        HttpBrowser onB = new HttpBrowser(b.port());
        assertThat(onB.signIn("liisa", TestUsers.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(onB.get("/account").body()).contains("action=\"/logout\"");
        HttpBrowser admin = new HttpBrowser(a.port());
        admin.signIn("admin", TestUsers.PASSWORD);
        admin.get("/admin/accounts");
        HttpResponse<String> demoted = admin.post("/admin/accounts/liisa/role", Map.of("role", "reader", "X-XSRF-TOKEN", admin.token));
        assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(303);
        // Liisa's session on B carried the analyst role: it ends there too
        assertThat(eventually(() -> onB.get("/account").statusCode(), s -> s != 200)).isNotEqualTo(200);
        assertThat(onB.get("/acts").body()).doesNotContain("action=\"/logout\"");
    }

    @Test
    void aCommitOnOneServerRefreshesTheOthersActsListAtOnce() throws Exception {
        int before = actsOn(b);
        assertThat(actsOn(a)).isEqualTo(before);
        // server A's process writes (as its import would); B's list, cached until B's next commit or for a minute on a
        // remote store, hears of A's commit and reads the store again
        DemoData.loadStatutes(storeA, s -> { });
        int after = actsOn(a);
        assertThat(after).isGreaterThan(before);
        assertThat(eventually(() -> actsOn(b), n -> n == after)).isEqualTo(after);
    }

    @Test
    void aStatuteImportStartedOnOneServerIsFollowedOnTheOther() throws Exception {
        byte[] archive = StatuteImportApiTest.tarGz(TestData.path("legislation/finlex-xml/asd-fi-2019-0906.xml"),
                TestData.path("legislation/finlex-xml/asd-sv-2019-0906.xml"));
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port() + StatuteImportRoutes.PATH
                + "?name=906.tar.gz")).header("Content-Type", "application/octet-stream").header("Prefer", "respond-async")
                .header("Authorization", TestUsers.basic(Role.ANALYST)).POST(HttpRequest.BodyPublishers.ofByteArray(archive)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String href = started.headers().firstValue("Location").orElseThrow();
        // the job runs on A; B answers for it
        JsonObject job = eventually(() -> new JsonObject(get(b, href, Role.ANALYST).body()), j -> j.getBoolean("finished", false));
        assertThat(job.getString("state")).isEqualTo("done");
        assertThat(job.getJsonObject("result").getInteger("acts")).isEqualTo(1);
        assertThat(job.getJsonObject("result").getInteger("files")).isEqualTo(2);
        assertThat(get(b, href, Role.ADMIN).statusCode()).as("another user's job").isEqualTo(404);
        assertThat(get(b, StatuteImportRoutes.PATH + "/jobs/AAAAAAAAAAAAAAAAAAAAAAAA", Role.ANALYST).statusCode()).isEqualTo(404);
        // and the job's page, in a browser signed in as the same analyst, on B
        HttpBrowser browser = new HttpBrowser(b.port());
        browser.signIn(Role.ANALYST.id(), TestUsers.PASSWORD);
        HttpResponse<String> page = browser.get("/acts/imports/" + job.getString("job"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"job-summary\"").contains("906.tar.gz");
    }

    @Test
    void aSurveyPreviewedOnOneServerIsConfirmedOnTheOtherOnceAndFollowedOnEither() throws Exception {
        Map<String, Object> parts = new java.util.LinkedHashMap<>();
        parts.put("threshold", "3");
        parts.put("file", SurveyExports.xlsx(false));
        HttpResponse<String> dry = SurveyImportApiTest.post(a.port(), "/api/imports/surveys", Role.ANALYST, parts);
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        String confirm = new JsonObject(dry.body()).getString("confirm");
        assertThat(SurveyImportApiTest.post(b.port(), confirm, Role.ADMIN, Map.of()).statusCode()).as("another user's upload").isEqualTo(404);
        HttpResponse<String> confirmed = SurveyImportApiTest.post(b.port(), confirm, Role.ANALYST, Map.of());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(202);
        assertThat(SurveyImportApiTest.post(a.port(), confirm, Role.ANALYST, Map.of()).statusCode()).as("a token is good once, on any server")
                .isEqualTo(404);
        String href = confirmed.headers().firstValue("Location").orElseThrow();
        // the job runs on B; A answers for it
        JsonObject job = eventually(() -> new JsonObject(get(a, href, Role.ANALYST).body()), j -> j.getBoolean("finished", false));
        assertThat(job.getString("state")).isEqualTo("done");
        assertThat(job.getJsonObject("result").getInteger("responses")).isEqualTo(12);
        HttpBrowser browser = new HttpBrowser(a.port());
        browser.signIn(Role.ANALYST.id(), TestUsers.PASSWORD);
        HttpResponse<String> page = browser.get("/surveys/imports/" + job.getString("job"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("file-kysely").contains("12");
    }

    static HttpResponse<String> get(WebServer server, String path, Role role) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", TestUsers.basic(role)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void writersOnTwoServersTakeTurns() throws Exception {
        long[] firstEnded = new long[1];
        long[] secondStarted = new long[1];
        Thread first = new Thread(() -> storeA.writeAll(dsg -> {
            sleep(1500);
            dsg.add(quad("first"));
            firstEnded[0] = System.nanoTime();
        }));
        first.start();
        Thread.sleep(300);
        // B's write starts while A's holds the turn: it waits for A's commit
        storeB.writeAll(dsg -> {
            secondStarted[0] = System.nanoTime();
            dsg.add(quad("second"));
        });
        first.join();
        assertThat(secondStarted[0]).as("B's write began after A's ended").isGreaterThan(firstEnded[0]);
        boolean both = storeB.read(dsg -> dsg.contains(quad("first")) && dsg.contains(quad("second")));
        assertThat(both).isTrue();
    }

    private static org.apache.jena.sparql.core.Quad quad(String name) {
        var g = org.apache.jena.graph.NodeFactory.createURI("http://example.org/test/turns");
        return org.apache.jena.sparql.core.Quad.create(g, org.apache.jena.graph.NodeFactory.createURI("http://example.org/test/" + name),
                org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI("http://example.org/test/Write"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aClusterNeedsARemoteStoreAndSaysSo() {
        Store embedded = Store.open(new StoreConfig(dir.resolve("embedded"), StoreConfig.DEFAULT_BASE_IRI));
        try {
            assertThatThrownBy(() -> WebServer.start(embedded, "127.0.0.1", 0, AuthSettings.defaults(), EndpointSettings.defaults(),
                    Optional.of(new ClusterSettings("127.0.0.1", 5701, List.of("127.0.0.1:5701"), "x"))))
                    .hasMessageContaining("remote store").hasMessageContaining("LEXMATURITY_STORE");
        } finally {
            embedded.close();
        }
    }

    private static int actsOn(WebServer server) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/acts?size=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new JsonObject(r.body()).getInteger("total");
    }

    /** The first answer that is {@code wanted} within {@link #SETTLE}, else the last one. */
    private static <T> T eventually(Callable<T> probe, Predicate<T> wanted) throws Exception {
        long until = System.nanoTime() + SETTLE.toNanos();
        T last = probe.call();
        while (!wanted.test(last) && System.nanoTime() < until) {
            Thread.sleep(50);
            last = probe.call();
        }
        return last;
    }

    static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> api(WebServer server, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/barriers"))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
