package org.lexmaturity.web;

import org.lexmaturity.web.acts.StatuteImportRoutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestData;
import org.lexmaturity.auth.Role;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/**
 * While a statute import runs over the API, 8 clients query the public endpoint and run an analysis without pause
 * until shortly after it has committed: every answer is a 200 that parses, and every one shows the store either as
 * it was before the import or as it is after, never in between.
 */
class ImportConcurrencyTest {
    private static final int CLIENTS = 8;
    /** Enough of the Finlex 2019 corpus for an import of several seconds, little enough for 2 busy cores. */
    private static final int FILES = 200;
    /** Between two requests of a client, so that 8 clients on 2 cores leave the import some CPU. */
    private static final long PAUSE_MILLIS = 25;
    private static final Duration AFTER_COMMIT = Duration.ofSeconds(2);
    private static final String COUNTS = """
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            SELECT (COUNT(DISTINCT ?act) AS ?acts) (COUNT(DISTINCT ?part) AS ?parts)
            WHERE { { ?act a eli:LegalResource } UNION { ?part a eli:LegalResourceSubdivision } }""";

    @TempDir
    Path tmp;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    int port;

    /** What one kind of read saw: "acts/parts" for the endpoint, the number of rows for the analysis. */
    record Reads(Set<String> endpoint, Set<String> analysis, List<String> errors, AtomicInteger duringImport) {}

    @Test
    void readersSeeTheStateBeforeOrAfterTheImportAndNothingInBetween() throws Exception {
        byte[] archive = firstFilesOf(TestData.path("legislation/finlex-xml/asd-fi-2019.tar.gz"), FILES);
        try (Store store = Store.open(new StoreConfig(tmp.resolve("data"), StoreConfig.DEFAULT_BASE_IRI))) {
            Ontology.install(store);
            TestUsers.create(store);
            StatuteImport.create(store, s -> { }).importPaths(List.of(TestData.path("legislation/finlex-xml/asd-fi-2003-0013.xml"),
                    TestData.path("legislation/finlex-xml/asd-sv-2003-0013.xml")));
            WebServer server = WebServer.start(store, "127.0.0.1", 0);
            try {
                port = server.port();
                check(archive);
            } finally {
                server.close();
            }
        }
    }

    private void check(byte[] archive) throws Exception {
        String endpointBefore = endpointCounts();
        String analysisBefore = analysisRows();
        Reads reads = new Reads(ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet(), new ArrayList<>(), new AtomicInteger());

        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> importing = http.sendAsync(HttpRequest.newBuilder(uri(StatuteImportRoutes.PATH + "?name=part-2019.tar.gz"))
                .header("Authorization", TestUsers.basic(Role.ANALYST)).POST(HttpRequest.BodyPublishers.ofByteArray(archive)).build(),
                HttpResponse.BodyHandlers.ofString());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> readUntilDone(client, importing, reads)));
        }
        HttpResponse<String> imported = importing.get(5, TimeUnit.MINUTES);
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        clients.shutdown();
        System.out.printf("ImportConcurrencyTest: import of %d files took %.1f s; %d reads while it ran%n", FILES,
                (System.nanoTime() - started) / 1e9, reads.duringImport().get());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(new JsonObject(imported.body()).getInteger("acts")).isEqualTo(FILES);
        String endpointAfter = endpointCounts();
        String analysisAfter = analysisRows();
        assertThat(endpointAfter).isNotEqualTo(endpointBefore);
        assertThat(analysisAfter).isNotEqualTo(analysisBefore);

        synchronized (reads.errors()) {
            assertThat(reads.errors()).as("failed reads").isEmpty();
        }
        assertThat(reads.duringImport().get()).as("reads while the import ran").isGreaterThanOrEqualTo(CLIENTS * 2);
        assertThat(reads.endpoint()).as("acts/parts seen by the endpoint (before %s, after %s)", endpointBefore, endpointAfter)
                .containsExactlyInAnyOrder(endpointBefore, endpointAfter);
        assertThat(reads.analysis()).as("rows of the analysis (before %s, after %s)", analysisBefore, analysisAfter)
                .isSubsetOf(analysisBefore, analysisAfter);
    }

    /** One client: endpoint query and analysis in turn, until the import has ended and a little after. */
    private void readUntilDone(int client, CompletableFuture<?> importing, Reads reads) {
        long hardStop = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        long stopAt = Long.MAX_VALUE;
        for (int i = 0; System.nanoTime() < Math.min(stopAt, hardStop); i++) {
            boolean during = !importing.isDone();
            try {
                if ((i + client) % 2 == 0) {
                    reads.endpoint().add(endpointCounts());
                } else {
                    reads.analysis().add(analysisRows());
                }
                if (during) {
                    reads.duringImport().incrementAndGet();
                }
            } catch (Exception | AssertionError e) {
                synchronized (reads.errors()) {
                    reads.errors().add("client " + client + ": " + e);
                }
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (stopAt == Long.MAX_VALUE && importing.isDone()) {
                stopAt = System.nanoTime() + AFTER_COMMIT.toNanos();
            }
        }
    }

    /** Acts and subdivisions counted in one query through the public endpoint, as "acts/parts". */
    private String endpointCounts() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/sparql?query=" + URLEncoder.encode(COUNTS, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("/sparql answered " + r.statusCode() + ": " + r.body());
        }
        JsonObject row = new JsonObject(r.body()).getJsonObject("results").getJsonArray("bindings").getJsonObject(0);
        return row.getJsonObject("acts").getString("value") + "/" + row.getJsonObject("parts").getString("value");
    }

    /** The number of provisions the full-text analysis finds for a word used in both the old and the new acts. */
    private String analysisRows() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/analyses/fulltext-search?text=viranomainen&language=fi&limit=5000"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("/api/analyses/fulltext-search answered " + r.statusCode() + ": " + r.body());
        }
        return String.valueOf(new JsonObject(r.body()).getJsonArray("rows").size());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A .tar.gz of the first {@code n} files of a .tar.gz. */
    private static byte[] firstFilesOf(Path tarGz, int n) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(tarGz)));
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            int copied = 0;
            for (TarArchiveEntry e; copied < n && (e = in.getNextEntry()) != null; ) {
                if (!e.isFile()) {
                    continue;
                }
                TarArchiveEntry copy = new TarArchiveEntry(e.getName());
                copy.setSize(e.getSize());
                tar.putArchiveEntry(copy);
                in.transferTo(tar);
                tar.closeArchiveEntry();
                copied++;
            }
        }
        return out.toByteArray();
    }
}
