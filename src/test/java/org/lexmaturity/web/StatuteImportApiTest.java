package org.lexmaturity.web;

import org.lexmaturity.web.acts.StatuteImportRoutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestData;
import org.lexmaturity.auth.Role;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.store.StoreStats;

/**
 * {@code POST /api/imports/statutes} on a real server: who may use it, one file, a tar.gz and a zip; a refused file
 * refuses the whole upload with every problem and writes nothing; an oversize upload is a 413.
 */
class StatuteImportApiTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static final HttpClient http = HttpClient.newHttpClient();

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

    static HttpResponse<String> upload(String query, Role role, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + StatuteImportRoutes.PATH + query))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (role != null) {
            b.header("Authorization", TestUsers.basic(role));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    static byte[] tarGz(Path... files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            for (Path f : files) {
                TarArchiveEntry e = new TarArchiveEntry("asd/" + f.getFileName());
                e.setSize(Files.size(f));
                tar.putArchiveEntry(e);
                Files.copy(f, tar);
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] zip(Path... files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void withPreferRespondAsyncTheImportIsAJobWhoseProgressTheApiShows() throws Exception {
        byte[] archive = tarGz(TestData.path("legislation/finlex-xml/asd-fi-2019-0906.xml"), TestData.path("legislation/finlex-xml/asd-sv-2019-0906.xml"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + StatuteImportRoutes.PATH + "?name=906.tar.gz"))
                .header("Content-Type", "application/octet-stream").header("Prefer", "respond-async")
                .header("Authorization", TestUsers.basic(Role.ANALYST)).POST(HttpRequest.BodyPublishers.ofByteArray(archive));
        HttpResponse<String> started = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String href = started.headers().firstValue("Location").orElseThrow();
        assertThat(new JsonObject(started.body()).getString("href")).isEqualTo(href);

        JsonObject job = awaitJob(href, Role.ANALYST);
        assertThat(job.getString("state")).isEqualTo("done");
        assertThat(job.getInteger("filesRead")).isEqualTo(2);
        JsonObject result = job.getJsonObject("result");
        assertThat(result.getInteger("files")).isEqualTo(2);
        assertThat(result.getInteger("acts")).isEqualTo(1);
        assertThat(result.getBoolean("committed")).isTrue();
        assertThat(new StatuteCatalog(store).get(ActNumber.parseYearFirst("2019/906"))).isPresent();
        // a job is its starter's: another analyst, or a reader, sees no such job
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + href))
                .header("Authorization", TestUsers.basic(Role.ADMIN)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void anAnalystImportsFromTheActsPageAndTheJobPageShowsTheRefusedFiles() throws Exception {
        HttpBrowser browser = new HttpBrowser(server.port());
        browser.signIn(Role.ANALYST.id(), TestUsers.PASSWORD);
        assertThat(browser.get("/acts").body()).contains("href=\"/acts/import\"");
        assertThat(browser.get("/acts/import").statusCode()).isEqualTo(200);
        byte[] archive = zip(TestData.path("legislation/finlex-akn/akn-fi-act-statute-2026-2-fin.xml"), TestData.fixture("bad/truncated-akn.xml"));
        HttpResponse<String> posted = browser.postFile("/acts/import", "file", "kaksi.zip", archive);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String page = posted.headers().firstValue("Location").orElseThrow();
        assertThat(page).startsWith("/acts/imports/");

        String body = "";
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            body = browser.get(page).body();
            if (body.contains("data-finished=\"true\"")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(body).contains("data-finished=\"true\"").contains("kaksi.zip!truncated-akn.xml").contains("id=\"failed\"")
                .doesNotContain("id=\"done\"");
        // nothing of the archive was written: the good file went down with the refused one
        assertThat(new StatuteCatalog(store).get(ActNumber.parseYearFirst("2026/2"))).isEmpty();
        // without a file the form says what is missing
        HttpResponse<String> empty = browser.postFile("/acts/import", "file", "", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(422);
    }

    static JsonObject awaitJob(String href, Role role) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        JsonObject job;
        do {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + href))
                    .header("Authorization", TestUsers.basic(role)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            job = new JsonObject(r.body());
            if (!job.getBoolean("finished")) {
                Thread.sleep(100);
            }
        } while (!job.getBoolean("finished") && System.currentTimeMillis() < until);
        return job;
    }

    @Test
    void onlyAnalystsMayImport() throws Exception {
        byte[] act = bytes(TestData.fixture("eli/act-9902-2021.jsonld"));
        assertThat(upload("", null, act).statusCode()).isEqualTo(401);
        assertThat(upload("", Role.READER, act).statusCode()).isEqualTo(403);
        assertThat(new StatuteCatalog(store).get(ActNumber.parseYearFirst("2021/9902"))).isEmpty();
    }

    @Test
    void importsOneFileThenATarGzOfBothLanguages() throws Exception {
        HttpResponse<String> one = upload("?name=act-9901-2020.ttl", Role.ANALYST, bytes(TestData.fixture("eli/act-9901-2020.ttl")));
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        JsonObject summary = new JsonObject(one.body());
        assertThat(summary.getString("upload")).isEqualTo("act-9901-2020.ttl");
        assertThat(summary.getInteger("files")).isEqualTo(1);
        assertThat(summary.getInteger("acts")).isEqualTo(1);
        assertThat(summary.getBoolean("committed")).isTrue();
        assertThat(summary.getJsonArray("refused")).isEmpty();
        assertThat(new StatuteCatalog(store).get(ActNumber.parseYearFirst("2020/9901"))).isPresent();

        byte[] archive = tarGz(TestData.path("legislation/finlex-xml/asd-fi-2003-0013.xml"), TestData.path("legislation/finlex-xml/asd-sv-2003-0013.xml"));
        HttpResponse<String> both = upload("?name=asd-2003.tar.gz", Role.ANALYST, archive);
        assertThat(both.statusCode()).as(both.body()).isEqualTo(200);
        assertThat(new JsonObject(both.body()).getInteger("files")).isEqualTo(2);
        assertThat(new JsonObject(both.body()).getInteger("acts")).isEqualTo(1);
        var act = new StatuteCatalog(store).get(ActNumber.parseYearFirst("2003/13")).orElseThrow();
        assertThat(act.title("sv")).startsWith("Lag om elektronisk kommunikation");

        // the same again replaces the act instead of doubling it
        long triples = StoreStats.of(store).triples();
        HttpResponse<String> again = upload("", Role.ANALYST, archive);
        assertThat(new JsonObject(again.body()).getInteger("replaced")).isEqualTo(1);
        assertThat(StoreStats.of(store).triples()).isEqualTo(triples);
    }

    @Test
    void aZipWithARefusedFileIsRefusedWholeWithEveryProblemAndWritesNothing() throws Exception {
        StoreStats before = StoreStats.of(store);
        byte[] archive = zip(TestData.path("legislation/finlex-xml/asd-fi-2019-0906.xml"), TestData.fixture("bad/truncated-akn.xml"),
                TestData.fixture("bad/akn-without-title.xml"));
        HttpResponse<String> r = upload("?name=../../etc/mixed.zip", Role.ANALYST, archive);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonObject body = new JsonObject(r.body());
        assertThat(body.getString("upload")).isEqualTo("mixed.zip");
        assertThat(body.getBoolean("committed")).isFalse();
        assertThat(body.getInteger("files")).isEqualTo(3);
        assertThat(body.getInteger("acts")).isZero();
        assertThat(body.getString("error")).isEqualTo("2 files refused; nothing imported");
        JsonArray refused = body.getJsonArray("refused");
        assertThat(refused).hasSize(2);
        assertThat(refused.getJsonObject(0).getString("file")).isEqualTo("mixed.zip!truncated-akn.xml");
        assertThat(refused.getJsonObject(0).getString("place")).isEqualTo("line 10, column 7");
        assertThat(refused.getJsonObject(0).getString("reason")).contains("not well-formed XML");
        assertThat(refused.getJsonObject(1).getString("file")).isEqualTo("mixed.zip!akn-without-title.xml");
        assertThat(refused.getJsonObject(1).getString("reason")).contains("fails the SHACL shapes");
        // the good act was written inside the transaction before the first refusal, and taken back with it
        assertThat(new StatuteCatalog(store).get(ActNumber.parseYearFirst("2019/906"))).isEmpty();
        assertThat(StoreStats.of(store).triples()).isEqualTo(before.triples());
    }

    @Test
    void somethingThatIsNoStatuteIsRefused() throws Exception {
        HttpResponse<String> r = upload("", Role.ANALYST, "just some text".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(new JsonObject(r.body()).getJsonArray("refused").getJsonObject(0).getString("reason")).contains("unknown format");
    }

    @Test
    void anUploadOverTheLimitIsA413BeforeItIsRead() throws Exception {
        // a raw request: announce more than the limit and send nothing; the server must answer at once
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + StatuteImportRoutes.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + TestUsers.basic(Role.ANALYST)
                    + "\r\nConnection: close\r\nContent-Type: application/gzip\r\nContent-Length: " + (StatuteImportRoutes.MAX_UPLOAD_BYTES + 1) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            // the server answers without waiting for the body, so the connection stays open: read until the answer is in
            StringBuilder answer = new StringBuilder();
            byte[] chunk = new byte[1024];
            for (int n; !answer.toString().contains("MB") && (n = in.read(chunk)) > 0; ) {
                answer.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("larger than 256 MB");
        }
    }
}
