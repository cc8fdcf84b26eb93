package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.auth.Role;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.store.StoreStats;
import org.lexmaturity.survey.Exports;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.survey.SurveyRdf;

/** The register and survey API over HTTP on a real server, as the analysts' UI and scripts use it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisterApiTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        DemoData.loadStatutes(store, s -> { });
        List<Object> header = List.of("Vastaaja", "Organisaation tyyppi", "K01 Lainsäädäntö estää automaattisen päätöksenteon", "K02 Mikä estää?");
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            rows.add(List.of("R" + i, i <= 5 ? "Kunta" : "Virasto", 1 + i % 5, i == 1 ? "Lain 9001/2016 3 § kirjallinen muoto" : ""));
        }
        Path survey = new Exports().sheet("Vastaukset", header, rows).xlsx(Files.createDirectories(dir.resolve("in")).resolve("kysely.xlsx"));
        new SurveyImport(store, SurveyRdf.DEFAULT_THRESHOLD).importFile(survey, Optional.empty());
        TestUsers.create(store);
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (!method.equals("GET")) {
            b.header("Authorization", TestUsers.basic(Role.ANALYST)); // a script with an analyst's account
        }
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void aBarrierIsCreatedWithResolvedProvisionsAndAnswers() throws Exception {
        String body = new JsonObject()
                .put("title", new JsonObject().put("fi", "Kirjallinen hakemus").put("en", "Written application"))
                .put("barrierType", "written-form").put("severity", 3).put("ministry", "VM")
                .put("provisions", new JsonArray().add("9001/2016 3 §"))
                .put("supportedBy", new JsonArray().add("kysely/R1/k02"))
                .put("lifeEvents", new JsonArray().add("moving")).encode();
        HttpResponse<String> r = send("POST", "/api/barriers", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).contains("/api/barriers/B-001");
        JsonObject b = new JsonObject(r.body());
        assertThat(b.getString("id")).isEqualTo("B-001");
        assertThat(b.getString("status")).isEqualTo("identified");
        assertThat(b.getString("theme")).isEqualTo("maturity-assessment");
        assertThat(b.getString("ministry")).isEqualTo("vm");
        assertThat(b.getJsonArray("provisions").getString(0)).isEqualTo("http://localhost:8080/id/act/fi/2016/9001/luku/2/pykala/3");
        assertThat(b.getJsonArray("supportedBy").getString(0)).startsWith("http://localhost:8080/id/survey/kysely/response/");
        assertThat(b.getJsonArray("changes").getJsonObject(0).getString("by")).isEqualTo("analyst");
        assertThat(b.getJsonArray("changes").getJsonObject(0).getString("fields")).isEqualTo("created");
    }

    @Test
    @Order(2)
    void aStatusChangeIsAppendedToTheHistoryAndRecordedWithItsFields() throws Exception {
        JsonObject current = new JsonObject(send("GET", "/api/barriers/B-001", null).body());
        current.put("status", "assessed").put("severity", 4);
        HttpResponse<String> r = send("PUT", "/api/barriers/B-001", current.encode());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject b = new JsonObject(r.body());
        assertThat(b.getString("status")).isEqualTo("assessed");
        JsonArray history = b.getJsonArray("statusHistory");
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).getString("status")).isEqualTo("identified");
        assertThat(history.getJsonObject(1).getString("status")).isEqualTo("assessed");
        JsonArray changes = b.getJsonArray("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.getJsonObject(1).getString("fields")).isEqualTo("severity, status, history");
    }

    @Test
    @Order(3)
    void aMeasureAddressesTheBarrierAndShowsOnIt() throws Exception {
        String body = new JsonObject().put("id", "M-01").put("title", new JsonObject().put("fi", "Sähköinen hakemus"))
                .put("addresses", new JsonArray().add("B-001")).put("owner", "VM").put("targetDate", "2026-12-31").put("status", "in-progress").encode();
        HttpResponse<String> r = send("POST", "/api/measures", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(new JsonObject(send("GET", "/api/barriers/B-001", null).body()).getJsonArray("measures")).containsExactly("M-01");
        JsonObject list = new JsonObject(send("GET", "/api/measures", null).body());
        assertThat(list.getJsonArray("measures")).hasSize(1);
    }

    @Test
    @Order(4)
    void badInputIsRefusedWithEveryProblemAndChangesNothing() throws Exception {
        long triples = StoreStats.of(store).triples();
        String body = new JsonObject().put("title", new JsonObject().put("fi", "X")).put("barrierType", "paper")
                .put("severity", 9).put("provisions", new JsonArray().add("9001/2016 99 §")).encode();
        HttpResponse<String> r = send("POST", "/api/barriers", body);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonObject error = new JsonObject(r.body());
        assertThat(error.getString("error")).isEqualTo("3 problems, nothing changed");
        assertThat(error.getJsonArray("problems").stream().map(p -> ((JsonObject) p).getString("message")).toList())
                .anySatisfy(m -> assertThat(m).startsWith("field barrier_type: unknown barrier type 'paper'"))
                .anySatisfy(m -> assertThat(m).isEqualTo("field severity: '9' is outside 1–5"))
                .anySatisfy(m -> assertThat(m).isEqualTo("field provisions: '9001/2016 99 §': act 9001/2016 has no section 99"));
        assertThat(send("PUT", "/api/barriers/B-404", "{\"title\":{\"fi\":\"x\"}}").statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/barriers", "{\"id\":\"B-001\",\"title\":{\"fi\":\"x\"}}").statusCode()).isEqualTo(409);
        assertThat(send("POST", "/api/barriers", "not json").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/barriers", "{\"title\":\"" + "x".repeat(1_100_000) + "\"}").statusCode()).isEqualTo(413);
        assertThat(StoreStats.of(store).triples()).isEqualTo(triples);
    }

    @Test
    @Order(5)
    void surveysShowQuestionsAndOnlyPublishedAggregates() throws Exception {
        JsonObject surveys = new JsonObject(send("GET", "/api/surveys", null).body());
        assertThat(surveys.getJsonArray("surveys")).hasSize(1);
        assertThat(surveys.getJsonArray("surveys").getJsonObject(0).getInteger("respondents")).isEqualTo(7);
        HttpResponse<String> r = send("GET", "/api/surveys/kysely/questions", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject k01 = new JsonObject(r.body()).getJsonArray("questions").getJsonObject(0);
        assertThat(k01.getString("kind")).isEqualTo("likert");
        // 2 agencies are too few; hiding them alone would let "all" minus municipalities give them away
        assertThat(k01.getJsonObject("distribution").fieldNames()).containsExactly("all");
        assertThat(k01.getJsonArray("suppressed")).containsExactlyInAnyOrder("agency", "municipality");
        assertThat(r.body()).doesNotContain("kirjallinen muoto");
        assertThat(send("GET", "/api/surveys/nope/questions", null).statusCode()).isEqualTo(404);
    }
}
