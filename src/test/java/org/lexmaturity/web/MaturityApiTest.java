package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.ScreeningRun;
import org.lexmaturity.auth.Role;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.store.StoreStats;

/** Maturity, findings, indicators, expert assessments and draft screening over HTTP on a real server. */
class MaturityApiTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        DemoData.loadStatutes(store, s -> { });
        new ScreeningRun(store, IndicatorRules.shipped(), Clock.systemUTC()).run(Optional.empty());
        TestUsers.create(store);
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String type) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).method(method, body);
        if (!method.equals("GET")) {
            b.header("Authorization", TestUsers.basic(Role.ANALYST)); // a script with an analyst's account
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), null);
    }

    @Test
    void anActsMaturityShowsEveryDimensionWithItsEvidence() throws Exception {
        HttpResponse<String> r = get("/api/acts/2016/9001/maturity");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject m = new JsonObject(r.body());
        assertThat(m.getString("act")).isEqualTo("9001/2016");
        JsonArray dims = m.getJsonArray("dimensions");
        assertThat(dims).hasSize(6);
        JsonObject comm = dims.stream().map(JsonObject.class::cast).filter(d -> d.getString("dimension").equals("digital-communication")).findFirst().orElseThrow();
        assertThat(comm.getString("counts")).isEqualTo("automatic");
        assertThat(comm.getJsonObject("label").getString("sv")).isEqualTo("Digital kommunikation");
        assertThat(comm.getJsonArray("evidence")).isNotEmpty();
        assertThat(comm.getJsonArray("evidence").getJsonObject(0).getString("provision")).contains("/2016/9001/");
        assertThat(m.getInteger("overallLevel")).isBetween(0, 4);
        assertThat(get("/api/acts/2016/9999/maturity").statusCode()).isEqualTo(404);
        assertThat(get("/api/acts/x/9001/maturity").statusCode()).isEqualTo(400);
    }

    @Test
    void findingsAndIndicatorsAreListed() throws Exception {
        JsonObject f = new JsonObject(get("/api/acts/2016/9001/findings").body());
        assertThat(f.getJsonArray("findings")).isNotEmpty();
        assertThat(f.getString("ruleVersion")).isEqualTo(org.lexmaturity.screening.IndicatorRules.shipped().version());
        JsonObject i = new JsonObject(get("/api/indicators").body());
        assertThat(i.getJsonArray("indicators").size()).isGreaterThan(15);
    }

    @Test
    void anExpertAssessmentIsStoredAndCounts() throws Exception {
        String body = new JsonObject().put("criteria", new JsonArray().add(new JsonObject().put("dimension", "proactivity").put("verdict", "not-met")
                .put("comment", "Vain hakemuksesta").put("provisions", new JsonArray().add("9001/2016 2 luku 3 §")))).encode();
        HttpResponse<String> r = send("POST", "/api/acts/2016/9001/assessments", HttpRequest.BodyPublishers.ofString(body), "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonObject pro = new JsonObject(r.body()).getJsonArray("dimensions").stream().map(JsonObject.class::cast)
                .filter(d -> d.getString("dimension").equals("proactivity")).findFirst().orElseThrow();
        assertThat(pro.getString("counts")).isEqualTo("expert");
        assertThat(pro.getInteger("level")).isZero();
        assertThat(pro.getInteger("automaticLevel")).isNotNull();
        HttpResponse<String> bad = send("POST", "/api/acts/2016/9001/assessments",
                HttpRequest.BodyPublishers.ofString("{\"criteria\":[{\"dimension\":\"x\",\"verdict\":\"met\"}]}"), "application/json");
        assertThat(bad.statusCode()).isEqualTo(422);
    }

    @Test
    void aDraftIsScreenedAndNothingOfItIsStored() throws Exception {
        long triples = StoreStats.of(store).triples();
        HttpResponse<String> r = send("POST", "/api/screenings?name=luonnos.docx",
                HttpRequest.BodyPublishers.ofByteArray(org.lexmaturity.screening.DraftScreeningTest.draftDocx()),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject j = new JsonObject(r.body());
        assertThat(j.getBoolean("stored")).isFalse();
        assertThat(j.getJsonArray("sections")).hasSize(3);
        assertThat(r.body()).contains("omakätisesti");
        assertThat(StoreStats.of(store).triples()).isEqualTo(triples);
        // curl --data-binary labels an upload as a form; it is still read as the file it is
        HttpResponse<String> asForm = send("POST", "/api/screenings?name=luonnos.docx",
                HttpRequest.BodyPublishers.ofByteArray(org.lexmaturity.screening.DraftScreeningTest.draftDocx()), "application/x-www-form-urlencoded");
        assertThat(asForm.statusCode()).as(asForm.body()).isEqualTo(200);
        HttpResponse<String> notWord = send("POST", "/api/screenings?name=budget.xlsx",
                HttpRequest.BodyPublishers.ofByteArray(new org.lexmaturity.survey.Exports().sheet("x", java.util.List.of("a"), java.util.List.of()).xlsxBytes()),
                "application/x-www-form-urlencoded");
        assertThat(notWord.statusCode()).isEqualTo(422);
        assertThat(notWord.body()).contains("budget.xlsx").contains("not a readable Word document");
        assertThat(send("POST", "/api/screenings", HttpRequest.BodyPublishers.ofByteArray(new byte[17 * 1024 * 1024]), null).statusCode()).isEqualTo(413);
        assertThat(send("POST", "/api/screenings", HttpRequest.BodyPublishers.ofByteArray(new byte[] {'P', 'K', 3, 4}), null).statusCode()).isEqualTo(422);
        assertThat(send("POST", "/api/screenings", HttpRequest.BodyPublishers.noBody(), null).statusCode()).isEqualTo(422);
    }
}
