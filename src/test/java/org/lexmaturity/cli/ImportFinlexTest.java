package org.lexmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestData;

/** {@code import finlex} against a small HTTP server on loopback that serves the real Finlex samples. */
class ImportFinlexTest {
    @TempDir
    Path data;
    HttpServer finlex;
    final List<String> requests = new ArrayList<>();

    @BeforeEach
    void startFakeFinlex() throws Exception {
        Path samples = TestData.path("legislation/finlex-akn");
        finlex = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        finlex.createContext("/finlex/avoindata/v1/akn/fi/act/statute/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path + " UA=" + exchange.getRequestHeaders().getFirst("User-Agent"));
            // …/statute/2026/1/fin@ → akn-fi-act-statute-2026-1-fin.xml
            String[] p = path.split("/");
            String lang = p[p.length - 1].replace("@", "");
            Path file = samples.resolve("akn-fi-act-statute-" + p[p.length - 3] + "-" + p[p.length - 2] + "-" + lang + ".xml");
            byte[] body = Files.exists(file) ? Files.readAllBytes(file) : "not found".getBytes();
            exchange.sendResponseHeaders(Files.exists(file) ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        finlex.start();
    }

    @AfterEach
    void stop() {
        finlex.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + finlex.getAddress().getPort() + "/finlex/avoindata/v1";
    }

    @Test
    void fetchesTheFinnishAndAsksForTheSwedishVersion() {
        Cli.Result r = Cli.run(data, "import", "finlex", "2026/2", "--finlex-url", url());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported 1 acts (0 replaced)");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).startsWith("/finlex/avoindata/v1/akn/fi/act/statute/2026/2/fin@ UA=Lexmaturity/");
        assertThat(requests.get(1)).startsWith("/finlex/avoindata/v1/akn/fi/act/statute/2026/2/swe@");
        assertThat(Cli.run(data, "stats").out()).contains("\"acts\" : 1").contains("graph/statutes/finlex");

        Cli.Result again = Cli.run(data, "import", "finlex", "2026/2", "--finlex-url", url());
        assertThat(again.out()).contains("Imported 1 acts (1 replaced)");
    }

    @Test
    void anUnknownActIsAClearFailure() {
        Cli.Result r = Cli.run(data, "import", "finlex", "2026/999", "--finlex-url", url());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("2026/999/fin@").contains("HTTP 404").contains("no such act");
    }
}
