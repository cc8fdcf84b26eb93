package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.store.Store;

/**
 * What HTTP clients wait for: a 401 with its challenge, a 405 with {@code Allow}, HEAD on every GET route, a GET query
 * as long as the README promises, and a 413 that says the limit in words.
 */
class HttpConformanceTest {
    @TempDir
    static Path dir;
    static TestServer site;
    static Store store;
    static WebServer server;

    @BeforeAll
    static void start() {
        site = TestServer.start(dir, s -> DemoData.loadStatutes(s, x -> { }));
        store = site.store();
        server = site.server();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static RawHttp.Answer send(String method, String target, Map<String, String> headers) {
        return RawHttp.request("127.0.0.1", server.port(), method, target, headers);
    }

    @Test
    void aRefusalForWantOfCredentialsCarriesTheChallenge() {
        for (String[] r : List.of(new String[] {"GET", "/api/reports/deregulation"}, new String[] {"POST", "/api/barriers"},
                new String[] {"GET", "/api/analyses/acts-cited-in-free-text"})) {
            RawHttp.Answer a = send(r[0], r[1], Map.of("Content-Length", "0"));
            assertThat(a.status()).as(r[1]).isEqualTo(401);
            assertThat(a.headers().get("www-authenticate")).as(r[1]).startsWith("Basic realm=\"Lexmaturity\"");
        }
        // a browser asking for a page is sent to the sign-in form instead
        RawHttp.Answer page = send("GET", "/reports", Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.headers().get("location")).startsWith("/login");
    }

    @Test
    void aMethodNotAllowedSaysWhichAre() {
        RawHttp.Answer sparql = send("DELETE", "/sparql", Map.of());
        assertThat(sparql.status()).as(sparql.body()).isEqualTo(405);
        assertThat(sparql.headers().get("allow").split(", ")).contains("GET", "HEAD", "POST", "OPTIONS");
        RawHttp.Answer health = send("PUT", "/api/acts", Map.of("Content-Length", "0"));
        assertThat(health.status()).as(health.body()).isEqualTo(405);
        assertThat(health.headers().get("allow")).isEqualTo("GET, HEAD");
        RawHttp.Answer barrier = send("DELETE", "/api/barriers/B-001", Map.of());
        assertThat(barrier.status()).as(barrier.body()).isEqualTo(405);
        assertThat(barrier.headers().get("allow").split(", ")).contains("GET", "HEAD", "PUT").doesNotContain("DELETE");
    }

    @Test
    void headAnswersEveryGetRouteWithoutTheBody() {
        String ask = "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        for (String path : List.of("/", "/health", "/api/acts", "/acts", "/data/void.ttl", ask)) {
            RawHttp.Answer get = send("GET", path, Map.of());
            RawHttp.Answer head = send("HEAD", path, Map.of());
            assertThat(head.status()).as(path).isEqualTo(get.status()).isEqualTo(200);
            assertThat(head.headers().get("content-type")).as(path).isEqualTo(get.headers().get("content-type"));
            assertThat(head.body()).as(path).isEmpty();
            assertThat(get.body()).as(path).isNotEmpty();
        }
    }

    @Test
    void aGetQueryMayBeAsLongAsThePromisedLimit() {
        // 32,000 characters of query: the request line carries them percent-encoded, three times as long
        String padding = "# " + "ä".repeat(31_900) + "\n";
        String query = padding + "ASK { ?s ?p ?o }";
        assertThat(query.length()).isLessThanOrEqualTo(32_768);
        RawHttp.Answer a = send("GET", "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), Map.of());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.body()).contains("true");
    }

    @Test
    void aBodyOverTheLimitIsNamedInKilobytes() {
        String big = "x".repeat(200_000);
        RawHttp.Answer a = RawHttp.request("127.0.0.1", server.port(), "POST", "/sparql",
                Map.of("Content-Type", "application/sparql-query", "Content-Length", String.valueOf(big.length())), big.getBytes(StandardCharsets.US_ASCII));
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.body()).contains("KB").doesNotContain(" 0 MB");
    }
}
