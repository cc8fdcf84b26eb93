package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/** The server as {@code serve --demo} starts it: a real HTTP server on a free port over TDB2 with the demo data. */
class ServeDemoTest {
    @TempDir
    static Path data;
    static Store store;
    static WebServer server;
    static ImportReport demo;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.open(new StoreConfig(data, StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        demo = DemoData.loadIntoEmpty(store, s -> { });
        TestUsers.create(store);
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> asReader(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", TestUsers.basic(org.lexmaturity.auth.Role.READER)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> asAdmin(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", TestUsers.basic(org.lexmaturity.auth.Role.ADMIN)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthShowsAnonymousCallersThePublicCountsOnly() throws Exception {
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        JsonObject json = JSON.parse(r.body());
        assertThat(json.get("status").getAsString().value()).isEqualTo("ok");
        assertThat(json.get("acts").getAsNumber().value().intValue()).isEqualTo(demo.written());
        assertThat(json.get("barriers").getAsNumber().value().intValue()).isEqualTo(56);
        // no private graph by name or size, and nothing that follows from them
        assertThat(r.body()).doesNotContain("graph/accounts").doesNotContain("graph/surveys/private");
        assertThat(json.keys()).doesNotContain("responses", "answers", "citations");
        JsonObject graphs = json.get("graphs").getAsObject();
        assertThat(graphs.keys()).isNotEmpty().allMatch(g -> store.graphs().publicGraphs().stream().anyMatch(n -> n.getURI().equals(g)));
        long sum = graphs.keys().stream().mapToLong(g -> graphs.get(g).getAsNumber().value().longValue()).sum();
        assertThat(json.get("triples").getAsNumber().value().longValue()).isEqualTo(sum);
        // a reader is no administrator either
        assertThat(asReader("/health").body()).doesNotContain("graph/accounts");
    }

    @Test
    void healthAnswersAnAdministratorWithTheDemoCounts() throws Exception {
        HttpResponse<String> r = asAdmin("/health");
        assertThat(r.body()).contains("graph/accounts").contains("graph/surveys/private");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
        JsonObject json = JSON.parse(r.body());
        assertThat(json.get("status").getAsString().value()).isEqualTo("ok");
        assertThat(json.get("acts").getAsNumber().value().intValue()).isEqualTo(demo.written()).isGreaterThanOrEqualTo(30);
        assertThat(json.get("provisions").getAsNumber().value().intValue()).isGreaterThan(150);
        assertThat(json.get("languages").getAsObject().get("sv").getAsNumber().value().intValue()).isEqualTo(demo.written());
        // the demo survey (120 organisations) and register (56 barriers, 20 measures) from surveys/
        assertThat(json.get("surveys").getAsNumber().value().intValue()).isEqualTo(1);
        assertThat(json.get("responses").getAsNumber().value().intValue()).isEqualTo(120);
        assertThat(json.get("barriers").getAsNumber().value().intValue()).isEqualTo(56);
        assertThat(json.get("measures").getAsNumber().value().intValue()).isEqualTo(20);
        assertThat(json.get("findings").getAsNumber().value().intValue()).isGreaterThan(116); // every planted barrier, and enablers
        JsonObject citations = json.get("citations").getAsObject();
        assertThat(citations.get("resolved").getAsNumber().value().intValue()).isGreaterThanOrEqualTo(47);
    }

    @Test
    void loadingTheDemoAgainLeavesAFilledStoreAlone() {
        assertThat(DemoData.loadIntoEmpty(store, s -> { }).written()).isZero();
    }

    @Test
    void theStatuteBrowserListsTheDemoActs() throws Exception {
        HttpResponse<String> r = get("/acts");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'self'");
        assertThat(r.body()).contains("<html lang=\"fi\"").contains("9001/").contains("esittely");
    }

    @Test
    void theActsListPagesThroughTheActsNewestFirst() throws Exception {
        JsonObject first = JSON.parse(get("/api/acts?size=7").body());
        long total = first.get("total").getAsNumber().value().longValue();
        assertThat(total).isEqualTo(30);
        assertThat(first.get("acts").getAsArray()).hasSize(7);
        assertThat(first.get("next").getAsString().value()).isEqualTo("/api/acts?page=2&size=7");
        JsonObject last = JSON.parse(get("/api/acts?size=7&page=5").body());
        assertThat(last.get("acts").getAsArray()).hasSize(2);
        assertThat(last.hasKey("next")).isFalse();
        // every act once across the pages, in the order of the whole list
        java.util.List<String> paged = new java.util.ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            JSON.parse(get("/api/acts?size=7&page=" + p).body()).get("acts").getAsArray()
                    .forEach(a -> paged.add(a.getAsObject().get("number").getAsString().value()));
        }
        java.util.List<String> whole = new java.util.ArrayList<>();
        JSON.parse(get("/api/acts?size=500").body()).get("acts").getAsArray().forEach(a -> whole.add(a.getAsObject().get("number").getAsString().value()));
        assertThat(paged).hasSize(30).doesNotHaveDuplicates().isEqualTo(whole);
        assertThat(JSON.parse(get("/api/acts?size=7&page=9").body()).get("acts").getAsArray()).isEmpty();

        String page2 = get("/acts?size=10&page=2").body();
        assertThat(page2).contains("Säädökset 11–20, yhteensä 30").contains("Sivu 2/3")
                .contains("href=\"/acts?page=1&amp;size=10\" rel=\"prev\"").contains("href=\"/acts?page=3&amp;size=10\" rel=\"next\"");
        assertThat(get("/acts?page=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/acts?size=501").statusCode()).isEqualTo(400);
        assertThat(get("/api/acts?page=x").body()).contains("page must be a whole number from 1");
    }

    @Test
    void anActPageShowsItsSectionsInFinnishAndSwedish() throws Exception {
        String list = get("/api/acts").body();
        JsonObject first = JSON.parse(list).get("acts").getAsArray().get(0).getAsObject();
        String number = first.get("number").getAsString().value();
        String[] parts = number.split("/");
        HttpResponse<String> page = get("/acts/" + parts[1] + "/" + parts[0]);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"fi\"").contains("lang=\"sv\"").contains(" §")
                .contains("Esittelyaineistoa: kuvitteellinen säädös");

        JsonObject act = JSON.parse(get("/api/acts/" + parts[1] + "/" + parts[0]).body());
        assertThat(act.get("demonstration").getAsBoolean().value()).isTrue();
        assertThat(act.get("versions").getAsArray()).hasSize(2);
    }

    @Test
    void fullTextSearchFindsInflectedFormsInTheDemoActs() throws Exception {
        HttpResponse<String> r = get("/api/acts?text=hakemus&lang=fi");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.parse(r.body()).get("hits").getAsArray().size()).isGreaterThan(0);
        assertThat(get("/acts?text=hakemus&lang=fi").body()).containsPattern("Hakusanoilla ”hakemus” löytyi [1-9]\\d* säännöstä");

        // the hits page too, best first: page 2 goes on where page 1 stopped
        JsonObject one = JSON.parse(get("/api/acts?text=hakemus&lang=fi&size=2").body());
        assertThat(one.get("hits").getAsArray()).hasSize(2);
        assertThat(one.get("next").getAsString().value()).isEqualTo("/api/acts?page=2&text=hakemus&lang=fi&size=2");
        JsonObject two = JSON.parse(get(one.get("next").getAsString().value()).body());
        java.util.List<String> all = new java.util.ArrayList<>();
        JSON.parse(get("/api/acts?text=hakemus&lang=fi&size=4").body()).get("hits").getAsArray()
                .forEach(h -> all.add(h.getAsObject().get("provision").getAsString().value()));
        java.util.List<String> paged = new java.util.ArrayList<>();
        one.get("hits").getAsArray().forEach(h -> paged.add(h.getAsObject().get("provision").getAsString().value()));
        two.get("hits").getAsArray().forEach(h -> paged.add(h.getAsObject().get("provision").getAsString().value()));
        assertThat(paged).isEqualTo(all.subList(0, paged.size()));
        assertThat(get("/acts?text=hakemus&lang=fi&size=2&page=2").body()).contains("Hakusanoilla ”hakemus” löytyneet säännökset 3–4")
                .contains("rel=\"prev\"");
    }

    @Test
    void badRequestsGetClearAnswers() throws Exception {
        assertThat(get("/acts/abcd/1").statusCode()).isEqualTo(400);
        assertThat(get("/acts/1999/99999").statusCode()).isEqualTo(404);
        assertThat(get("/api/acts?text=x&lang=de").statusCode()).isEqualTo(400);
        assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
        // Lucene syntax in the search words is taken literally, not as a query
        assertThat(get("/api/acts?text=%22unbalanced%20(&lang=fi").statusCode()).isEqualTo(200);
    }

    @Test
    void aReportDownloadsWithItsFileNameAndACopyStaysInTheDataFolder() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/reports/deregulation?lang=sv&format=xlsx")).header("Authorization", TestUsers.basic(org.lexmaturity.auth.Role.READER)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).matches("attachment; filename=\"deregulation-sv-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(r.body()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Sammanfattning");
        }
        String name = disposition.replaceAll(".*filename=\"(.*)\"", "$1");
        assertThat(data.resolve("reports").resolve(name)).exists();
        assertThat(get("/api/reports/deregulation?lang=sv&format=xlsx").statusCode()).as("anonymous").isEqualTo(401);
        assertThat(asReader("/api/reports/nonsense").statusCode()).isEqualTo(404);
        assertThat(asReader("/api/reports/deregulation?format=odt").statusCode()).isEqualTo(400);
    }
}
