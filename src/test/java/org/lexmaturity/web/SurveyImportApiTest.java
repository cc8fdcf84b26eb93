package org.lexmaturity.web;

import org.lexmaturity.web.surveys.SurveyImportJobs;
import org.lexmaturity.imports.ImportJobs;
import org.lexmaturity.web.http.StagedUploads;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.auth.Role;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.survey.SurveyCatalog;

/**
 * {@code /api/imports/surveys} on a real server: who may use it, the dry run as JSON, confirming a staged upload as a
 * background job and following it to the end; and a job that fails leaves the store unchanged.
 */
class SurveyImportApiTest {
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

    /** A multipart/form-data body: string values are fields, byte arrays are files named after their field. */
    static HttpResponse<String> post(String path, Role role, Map<String, Object> parts) throws Exception {
        return post(server.port(), path, role, parts);
    }

    /** The same to the server on {@code port}. */
    static HttpResponse<String> post(int port, String path, Role role, Map<String, Object> parts) throws Exception {
        String boundary = "----lexmaturity-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var p : parts.entrySet()) {
            body.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (p.getValue() instanceof byte[] bytes) {
                body.write(("Content-Disposition: form-data; name=\"" + p.getKey() + "\"; filename=\"" + p.getKey() + "-kysely.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(bytes);
            } else {
                body.write(("Content-Disposition: form-data; name=\"" + p.getKey() + "\"\r\n\r\n" + p.getValue()).getBytes(StandardCharsets.UTF_8));
            }
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (role != null) {
            b.header("Authorization", TestUsers.basic(role));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, Role role) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestUsers.basic(role)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void onlyAnalystsMayUpload() throws Exception {
        Map<String, Object> parts = Map.of("file", SurveyExports.xlsx(false));
        assertThat(post("/api/imports/surveys", null, parts).statusCode()).isEqualTo(401);
        assertThat(post("/api/imports/surveys", Role.READER, parts).statusCode()).isEqualTo(403);
        assertThat(post("/api/imports/surveys/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Role.READER, Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void dryRunThenConfirmRunsTheImportAsAJobToTheEnd() throws Exception {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("threshold", "3");
        parts.put("file", SurveyExports.xlsx(false));
        HttpResponse<String> dry = post("/api/imports/surveys", Role.ANALYST, parts);
        assertThat(dry.statusCode()).isEqualTo(200);
        JsonObject preview = new JsonObject(dry.body());
        assertThat(preview.getBoolean("importable")).isTrue();
        assertThat(preview.getString("survey")).isEqualTo("file-kysely");
        assertThat(preview.getString("mappingSource")).isEqualTo("inferred");
        assertThat(preview.getInteger("responses")).isEqualTo(12);
        assertThat(preview.getInteger("answers")).isEqualTo(28);
        assertThat(preview.getInteger("threshold")).isEqualTo(3);
        JsonObject k01 = preview.getJsonArray("questions").getJsonObject(0);
        assertThat(k01.getString("id")).isEqualTo("k01");
        assertThat(k01.getString("kind")).isEqualTo("likert");
        assertThat(k01.getString("scale")).isEqualTo("1-5");
        assertThat(preview.getJsonArray("sheets")).hasSize(2);
        assertThat(preview.getJsonArray("problems")).isEmpty();
        assertThat(new SurveyCatalog(store).surveys()).isEmpty(); // a dry run writes nothing

        HttpResponse<String> confirm = post(preview.getString("confirm"), Role.ANALYST, Map.of());
        assertThat(confirm.statusCode()).isEqualTo(202);
        String status = confirm.headers().firstValue("Location").orElseThrow();
        assertThat(new JsonObject(confirm.body()).getString("href")).isEqualTo(status);
        // another user does not see the job
        assertThat(get(status, Role.ADMIN).statusCode()).isEqualTo(404);
        JsonObject job = waitForEnd(status);
        assertThat(job.getString("state")).isEqualTo("done");
        assertThat(job.getJsonObject("result").getInteger("responses")).isEqualTo(12);
        assertThat(job.getJsonObject("result").getInteger("answers")).isEqualTo(28);
        JsonArray surveys = new JsonObject(get("/api/surveys", Role.READER).body()).getJsonArray("surveys");
        assertThat(surveys).hasSize(1);
        assertThat(surveys.getJsonObject(0).getLong("respondents")).isEqualTo(12);
        // a token is good for one import only
        assertThat(post(preview.getString("confirm"), Role.ANALYST, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void aBrokenExportIsAnsweredWithEveryProblemAndNoToken() throws Exception {
        String mapping = """
                survey: rikki
                respondent: {id: Vastaaja}
                questions:
                  - {id: k01, column: K01, kind: likert, scale: 1-3}
                """;
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("file", SurveyExports.xlsx(false));
        parts.put("mapping", mapping);
        JsonObject preview = new JsonObject(post("/api/imports/surveys", Role.ANALYST, parts).body());
        assertThat(preview.getBoolean("importable")).isFalse();
        assertThat(preview.getString("mappingSource")).isEqualTo("given");
        assertThat(preview.containsKey("token")).isFalse();
        JsonArray problems = preview.getJsonArray("problems");
        // values 4 and 5 of K01 are outside 1–3: rows of organisations 4, 5, 9 and 10
        assertThat(preview.getInteger("totalProblems")).isEqualTo(4);
        JsonObject first = problems.getJsonObject(0);
        assertThat(first.getString("file")).isEqualTo("file-kysely.xlsx");
        assertThat(first.getString("sheet")).isEqualTo("Vastaukset");
        assertThat(first.getString("row")).isEqualTo("5");
        assertThat(first.getString("column")).startsWith("E (K01");
        assertThat(first.getString("message")).contains("'4'");
        assertThat(new SurveyCatalog(store).surveys()).extracting(SurveyCatalog.SurveySummary::id).doesNotContain("rikki");
    }

    @Test
    void aJobThatFailsListsTheProblemsAndLeavesTheStoreUnchanged() throws Exception {
        long before = new SurveyCatalog(store).surveys().size();
        StagedUploads staged = new StagedUploads(Clock.systemUTC());
        // staged without a preview, as a file changed between preview and confirmation would be
        var upload = staged.put("kaksoiskappale.xlsx", SurveyExports.xlsx(true), Optional.empty(), "mapping.yaml", 5, "analyst");
        var taken = staged.take(upload.token(), "analyst").orElseThrow();
        assertThat(staged.take(upload.token(), "analyst")).isEmpty();
        try (SurveyImportJobs jobs = new SurveyImportJobs(store, Clock.systemUTC())) {
            var job = jobs.start(taken.getKey(), taken.getValue(), "analyst");
            long until = System.currentTimeMillis() + 30_000;
            while (!jobs.status(job.id(), "analyst").orElseThrow().state().finished() && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            var end = jobs.status(job.id(), "analyst").orElseThrow();
            assertThat(end.state()).isEqualTo(ImportJobs.State.FAILED);
            assertThat(SurveyImportJobs.problems(end)).singleElement().satisfies(p -> {
                assertThat(p.sheet()).isEqualTo("Vastaukset");
                assertThat(p.row()).isEqualTo("9");
                assertThat(p.message()).contains("duplicate respondent id 'S03'");
            });
            assertThat(jobs.status(job.id(), "someone-else")).isEmpty();
        }
        assertThat(new SurveyCatalog(store).surveys()).hasSize((int) before);
    }

    @Test
    void aTokenFromSomeoneElseOrOfTheWrongShapeIsNotAccepted() {
        StagedUploads staged = new StagedUploads(Clock.systemUTC());
        var upload = staged.put("x.xlsx", new byte[] {1}, Optional.empty(), "mapping.yaml", 5, "analyst");
        assertThat(staged.take(upload.token(), "admin")).isEmpty();
        assertThat(staged.take("../../etc/passwd", "analyst")).isEmpty();
        assertThat(staged.take(upload.token(), "analyst")).isPresent();
    }

    private static JsonObject waitForEnd(String status) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            HttpResponse<String> r = get(status, Role.ANALYST);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonObject job = new JsonObject(r.body());
            assertThat(job.getInteger("steps")).isEqualTo(4);
            if (job.getBoolean("finished") || System.currentTimeMillis() > until) {
                return job;
            }
            Thread.sleep(100);
        }
    }
}
