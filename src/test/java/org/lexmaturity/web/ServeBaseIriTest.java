package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --port N} in a child JVM, as a user starts it: a new store mints under {@code http://localhost:N/}, so
 * the VoID description, the service description and the IRIs name the address the server answers at; the start says
 * which base is in force and where it listens; a store whose data was minted under another base keeps it, and a base
 * given against the data is refused before anything is written.
 */
class ServeBaseIriTest {
    @TempDir
    Path data;
    static final HttpClient http = HttpClient.newHttpClient();

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String get(int port, String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void theBaseFollowsThePortOfANewStoreAndStaysWithItsData() throws Exception {
        int port = freePort();
        String base = "http://localhost:" + port + "/";
        try (ServerProcess server = ServerProcess.start(data, "512m", Map.of("LEXMATURITY_ADMIN_PASSWORD", TestUsers.PASSWORD),
                "serve", "--port", String.valueOf(port), "--host", "127.0.0.1", "--demo")) {
            assertThat(server.output()).contains("Base IRI " + base).contains("from the port").contains("Listening on 127.0.0.1:" + port);
            assertThat(get(port, "/data/void.ttl", "text/turtle")).contains("<" + base + "sparql>").contains("\"" + base + "id/\"")
                    .doesNotContain("localhost:8080");
            assertThat(get(port, "/sparql", "application/n-triples")).contains("<" + base + "sparql>");
            assertThat(get(port, "/doc/barrier/B-001?format=nt", "application/n-triples")).contains("<" + base + "id/barrier/B-001>");
        }

        // the same data on another port: its IRIs stay what they are, and the start says why
        int other = freePort();
        try (ServerProcess server = ServerProcess.start(data, "512m", Map.of(), "serve", "--port", String.valueOf(other))) {
            assertThat(server.output()).contains("Base IRI " + base).contains("minted under it")
                    .contains("every network interface").contains("--host 127.0.0.1");
            assertThat(get(server.port(), "/sparql", "application/n-triples")).contains("<" + base + "sparql>");
        }

        // a base given against the data is refused, naming the data's base, and nothing starts
        Process refused = ServerProcess.command(data, "256m", Map.of(), "--base-iri", "http://lexmaturity.example/", "serve", "--port", "0",
                "--host", "127.0.0.1").start();
        boolean ended = refused.waitFor(120, TimeUnit.SECONDS);
        String said = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            refused.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(ended).as("a refused start ends: %s", said).isTrue();
        assertThat(refused.exitValue()).isEqualTo(1);
        assertThat(said).contains("minted under the base IRI " + base).contains("--base-iri " + base).doesNotContain("is running");
    }
}
