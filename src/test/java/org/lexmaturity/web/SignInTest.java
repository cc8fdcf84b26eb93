package org.lexmaturity.web;

import org.lexmaturity.web.auth.Sessions;
import org.lexmaturity.web.http.UiLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.auth.Role;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.store.StoreStats;

/**
 * Sign-in, sessions, roles and CSRF on a real server, with the requests a browser and a script make. Cookies are kept
 * by hand: the JDK's cookie manager would not send Secure cookies over plain HTTP, which browsers do for localhost.
 */
class SignInTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final String BARRIER = "{\"title\":{\"fi\":\"Testieste\"},\"theme\":\"maturity-assessment\",\"status\":\"identified\"}";

    @BeforeAll
    static void start() {
        store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        DemoData.loadStatutes(store, s -> { });
        TestUsers.create(store);
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> api(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long barriers() {
        return StoreStats.of(store).barriers();
    }

    @Test
    void anAnonymousWriteIsRefusedAndChangesNothing() throws Exception {
        long before = barriers();
        HttpResponse<String> r = api("POST", "/api/barriers", BARRIER, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("sign in as analyst");
        assertThat(api("POST", "/api/acts/2016/9001/assessments", "{}", null).statusCode()).isEqualTo(401);
        assertThat(barriers()).isEqualTo(before);
    }

    @Test
    void aReaderCannotWriteButAnAnalystCan() throws Exception {
        long before = barriers();
        HttpResponse<String> reader = api("POST", "/api/barriers", BARRIER, TestUsers.basic(Role.READER));
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(reader.body()).contains("analyst role").contains("you are reader");
        assertThat(barriers()).isEqualTo(before);
        HttpResponse<String> analyst = api("POST", "/api/barriers", BARRIER, TestUsers.basic(Role.ANALYST));
        assertThat(analyst.statusCode()).as(analyst.body()).isEqualTo(201);
        assertThat(barriers()).isEqualTo(before + 1);
        String id = new io.vertx.core.json.JsonObject(analyst.body()).getString("id");
        // provenance names the account that made the change, to readers; the public graphs hold only a pseudonym
        assertThat(api("GET", "/api/barriers/" + id, null, TestUsers.basic(Role.READER)).body()).contains("\"by\" : \"analyst\"");
        assertThat(api("GET", "/api/barriers/" + id, null, null).body()).contains("\"changes\"").doesNotContain("\"by\"");
        boolean nameInPublic = store.read(dsg -> store.graphs().publicGraphs().stream().anyMatch(g -> {
            var it = dsg.find(g, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
            while (it.hasNext()) {
                var q = it.next();
                if (q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals("analyst")
                        || q.getSubject().isURI() && q.getSubject().getURI().contains("/agent/analyst")) {
                    return true;
                }
            }
            return false;
        }));
        assertThat(nameInPublic).as("the account name in a public graph").isFalse();
    }

    @Test
    void wrongCredentialsOnTheApiAre401() throws Exception {
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("analyst:not the password".getBytes(StandardCharsets.UTF_8));
        assertThat(api("GET", "/api/barriers", null, wrong).statusCode()).isEqualTo(401);
    }

    @Test
    void signingInGivesASecureSessionWithANewIdAndTheUserSeesTheirName() throws Exception {
        HttpBrowser b = new HttpBrowser(server.port());
        b.get("/login");
        String before = b.cookies.get(Sessions.COOKIE);
        assertThat(b.token).isNotBlank();
        HttpResponse<String> r = b.post("/login?return=%2Facts", Map.of("username", "analyst", "password", TestUsers.PASSWORD, "X-XSRF-TOKEN", b.token));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/acts");
        assertThat(b.cookies.get(Sessions.COOKIE)).isNotBlank().isNotEqualTo(before);
        String sessionCookie = b.setCookieHeaders.stream().filter(h -> h.startsWith(Sessions.COOKIE + "=")).reduce((x, y) -> y).orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
        HttpResponse<String> page = b.get("/acts");
        assertThat(page.body()).contains("analyst").contains("action=\"/logout\"");
    }

    @Test
    void aSignedInAnalystWritesThroughTheApiOnlyWithTheCsrfToken() throws Exception {
        HttpBrowser b = new HttpBrowser(server.port());
        assertThat(b.signIn("analyst", TestUsers.PASSWORD).statusCode()).isEqualTo(303);
        b.get("/acts");
        long before = barriers();
        HttpResponse<String> forged = b.postJson("/api/barriers", BARRIER, false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(barriers()).isEqualTo(before);
        HttpResponse<String> real = b.postJson("/api/barriers", BARRIER, true);
        assertThat(real.statusCode()).as(real.body()).isEqualTo(201);
        assertThat(barriers()).isEqualTo(before + 1);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpBrowser b = new HttpBrowser(server.port());
        b.get("/login");
        HttpResponse<String> r = b.post("/login", Map.of("username", "analyst", "password", TestUsers.PASSWORD));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("CSRF");
        assertThat(b.get("/acts").body()).doesNotContain("action=\"/logout\"");
        // a token from another session is no good either
        HttpBrowser other = new HttpBrowser(server.port());
        other.get("/login");
        HttpResponse<String> stolen = b.post("/login", Map.of("username", "analyst", "password", TestUsers.PASSWORD, "X-XSRF-TOKEN", other.token));
        assertThat(stolen.statusCode()).isIn(400, 403); // Vert.x's CSRF handler answers a foreign token with 400
        assertThat(b.get("/acts").body()).doesNotContain("action=\"/logout\"");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        HttpBrowser b = new HttpBrowser(server.port());
        b.signIn("reader", TestUsers.PASSWORD);
        assertThat(b.get("/acts").body()).contains("action=\"/logout\"");
        String oldSession = b.cookies.get(Sessions.COOKIE);
        HttpResponse<String> out = b.post("/logout", Map.of("X-XSRF-TOKEN", b.token));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(b.get("/acts").body()).doesNotContain("action=\"/logout\"");
        // the old session id is dead even if someone kept it
        HttpBrowser thief = new HttpBrowser(server.port());
        thief.cookies.put(Sessions.COOKIE, oldSession);
        assertThat(thief.get("/acts").body()).doesNotContain("action=\"/logout\"");
    }

    @Test
    void aWrongPasswordSaysSoWithoutTellingWhichPartWasWrong() throws Exception {
        HttpBrowser b = new HttpBrowser(server.port());
        b.get("/login");
        HttpResponse<String> wrongPassword = b.post("/login", Map.of("username", "admin", "password", "nope nope nope", "X-XSRF-TOKEN", b.token));
        b.get("/login");
        HttpResponse<String> noSuchUser = b.post("/login", Map.of("username", "nobody", "password", "nope nope nope", "X-XSRF-TOKEN", b.token));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(noSuchUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains("role=\"alert\"");
        String message = "Väärä käyttäjätunnus tai salasana.";
        assertThat(wrongPassword.body()).contains(message);
        assertThat(noSuchUser.body()).contains(message);
    }

    @Test
    void repeatedFailuresAreThrottledEvenWithTheRightPasswordAfterwards() throws Exception {
        TestUsers.create(store);
        new org.lexmaturity.auth.Accounts(store).create("victim", TestUsers.PASSWORD.toCharArray(), Role.READER);
        HttpBrowser b = new HttpBrowser(server.port());
        for (int i = 0; i < 5; i++) {
            b.get("/login");
            assertThat(b.post("/login", Map.of("username", "victim", "password", "guess " + i + " guess", "X-XSRF-TOKEN", b.token)).statusCode())
                    .isEqualTo(401);
        }
        b.get("/login");
        HttpResponse<String> r = b.post("/login", Map.of("username", "victim", "password", TestUsers.PASSWORD, "X-XSRF-TOKEN", b.token));
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.body()).contains("min");
        // the API's Basic credentials count against the same account
        assertThat(api("GET", "/api/barriers", null, "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("victim:" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(429);
    }

    @Test
    void readerOnlyDownloadsAre401ForAnonymousVisitors() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/reports/deregulation")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(UiLanguage.localPath("/login?return=%2Freports")).isEqualTo("/login?return=%2Freports");
    }

    @Test
    void scriptsAndCrawlersGetNoSessionCookie() throws Exception {
        for (String path : new String[] {"/health", "/api/acts", "/api/barriers"}) {
            HttpResponse<String> r = api("GET", path, null, null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void theSignInPageWarnsWhenTheCookieWouldNotComeBack() throws Exception {
        assertThat(new HttpBrowser(server.port()).get("/login").body()).as("on this machine").doesNotContain("HTTPS");
        assertThat(rawGet("/login", "lexmaturity.example:" + server.port(), null)).contains("HTTPS-yhteydellä");
        assertThat(rawGet("/login", "lexmaturity.example", "https")).as("behind a TLS proxy").doesNotContain("HTTPS-yhteydellä");
    }

    /** A request with a Host header of our choosing (the JDK client will not set one), as from another machine. */
    static String rawGet(String path, String host, String forwardedProto) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host);
        if (forwardedProto != null) {
            headers.put("X-Forwarded-Proto", forwardedProto);
        }
        return RawHttp.get(server.port(), path, headers).body();
    }
}
