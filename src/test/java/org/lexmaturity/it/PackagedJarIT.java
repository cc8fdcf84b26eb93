package org.lexmaturity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestData;

/**
 * The packaged {@code target/lexmaturity.jar} as a user runs it: import, stats, and {@code serve --demo} with a
 * full-text query (which returns nothing if the shaded jar lost jena-text's service files).
 */
class PackagedJarIT {
    static final Path JAR = Path.of("target/lexmaturity.jar");

    @TempDir
    Path data;

    record Run(int exitCode, String out, String err) {}

    private Run java(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Djava.awt.headless=true", "-jar", JAR.toString(), "--data", data.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void importsAndCounts() throws Exception {
        assertThat(JAR).exists();
        Run imported = java("import", "statutes", TestData.fixture("eli").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Run stats = java("stats");
        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).contains("\"acts\" : 2");
        assertThat(java("no-such-command").exitCode()).isEqualTo(2);
        Run bad = java("import", "statutes", TestData.fixture("bad/doctype-xxe.xml").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("doctype-xxe.xml, line 2");
    }

    @Test
    void servesTheDemoWithWorkingFullTextSearch() throws Exception {
        Process server = new ProcessBuilder(javaBin(), "-Xmx512m", "-Djava.awt.headless=true", "-jar", JAR.toString(),
                "--data", data.toString(), "serve", "--demo", "--port", "0", "--host", "127.0.0.1")
                .redirectError(data.resolve("server.err").toFile()).start();
        try {
            int port = awaitPort(server);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"acts\" : 30");
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/acts?text=kirjallisesti&lang=fi")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).as("text:query must work in the fat jar").contains("\"provision\"");
            // the first start created the administrator and printed the password once: it signs in, a guess does not
            assertThat(adminPassword).as("first-start admin password on stdout").hasSize(20);
            String body = "{\"title\":{\"fi\":\"Este\"},\"theme\":\"automation\",\"status\":\"identified\"}";
            HttpRequest.Builder write = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/barriers"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            assertThat(http.send(write.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("anonymous").isEqualTo(401);
            String credentials = java.util.Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
            assertThat(http.send(write.header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as("the printed admin password").isEqualTo(201);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The administrator password the first start printed, if it did. */
    private String adminPassword;

    private int awaitPort(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern running = Pattern.compile("running at http://localhost:(\\d+)/");
        Pattern admin = Pattern.compile("administrator account 'admin' with the password (\\S+)");
        String line;
        while ((line = out.readLine()) != null) {
            Matcher a = admin.matcher(line);
            if (a.find()) {
                adminPassword = a.group(1);
            }
            Matcher m = running.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server stopped before it listened: " + Files.readString(data.resolve("server.err")));
    }
}
