package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestStores;
import org.lexmaturity.auth.Role;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/** The analyses over HTTP on a real server with the demo data: catalogue, JSON, CSV, XLSX and every refusal. */
class AnalysisApiTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TestStores.open(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI);
        Ontology.install(store);
        DemoData.loadIntoEmpty(store, s -> { });
        TestUsers.create(store);
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", TestUsers.basic(Role.READER)); // private analyses are for readers and up
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theCatalogueListsEveryAnalysisWithItsParametersColumnsAndChart() throws Exception {
        HttpResponse<byte[]> r = get("/api/analyses", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonArray list = new JsonObject(text(r)).getJsonArray("analyses");
        assertThat(list).hasSize(17);
        JsonObject overdue = list.stream().map(JsonObject.class::cast).filter(j -> j.getString("id").equals("overdue-measures")).findFirst().orElseThrow();
        assertThat(overdue.getJsonObject("title").getString("sv")).isEqualTo("Försenade åtgärder");
        assertThat(overdue.getJsonArray("parameters").getJsonObject(0).getString("default")).isEqualTo("today");
        assertThat(overdue.getBoolean("public")).isTrue();
        JsonObject heatmap = list.stream().map(JsonObject.class::cast).filter(j -> j.getString("id").equals("barriers-by-type-and-ministry")).findFirst().orElseThrow();
        assertThat(heatmap.getJsonObject("chart").getMap()).containsEntry("type", "heatmap").containsEntry("series", "ministry");
        assertThat(heatmap.getJsonArray("columns").getJsonObject(2).getJsonObject("label").getString("fi")).isEqualTo("Esteitä");
    }

    @Test
    void jsonIsTheDefaultWithColumnsAndTypedRows() throws Exception {
        HttpResponse<byte[]> r = get("/api/analyses/barriers-by-theme?lang=en", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
        JsonObject j = new JsonObject(text(r));
        assertThat(j.getString("analysis")).isEqualTo("barriers-by-theme");
        assertThat(j.getJsonArray("columns").getJsonObject(0).getMap()).containsEntry("name", "theme").containsEntry("label", "Theme").containsEntry("type", "concept");
        long total = 0;
        for (Object row : j.getJsonArray("rows")) {
            total += ((JsonArray) row).getLong(2);
        }
        assertThat(total).isEqualTo(56);
        JsonObject p = new JsonObject(text(get("/api/analyses/fulltext-search?text=kirjallisesti&limit=2", "application/json")));
        assertThat(p.getJsonObject("parameters").getMap()).containsEntry("text", "kirjallisesti").containsEntry("limit", "2").containsEntry("language", "fi");
        assertThat(p.getJsonArray("rows")).hasSize(2);
    }

    @Test
    void csvHasAByteOrderMarkAndHeaderLabelsInTheRequestedLanguage() throws Exception {
        HttpResponse<byte[]> r = get("/api/analyses/barrier-status-funnel?lang=sv", "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(r.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"barrier-status-funnel.csv\"");
        assertThat(r.headers().firstValue("Vary")).contains("Accept");
        assertThat(r.body()[0]).isEqualTo((byte) 0xEF);
        assertThat(r.body()[1]).isEqualTo((byte) 0xBB);
        assertThat(r.body()[2]).isEqualTo((byte) 0xBF);
        String csv = text(r).substring(1);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Status,Statuskod,Hinder");
        assertThat(lines).hasSize(8);
        assertThat(lines[1]).endsWith(",identified,19");
    }

    @Test
    void xlsxReopensWithABoldFrozenHeaderAndNumbers() throws Exception {
        HttpResponse<byte[]> r = get("/api/analyses/themes-cited-municipalities-vs-agencies?format=xlsx&lang=en", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"themes-cited-municipalities-vs-agencies.xlsx\"");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Themes municipalities and agenc");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Mean agreement");
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(10);
            Cell mean = sheet.getRow(1).getCell(2);
            assertThat(mean.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(mean.getNumericCellValue()).isBetween(1.0, 5.0);
            assertThat(mean.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        HttpResponse<byte[]> dated = get("/api/analyses/overdue-measures?date=2027-01-01", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(dated.body()))) {
            Cell target = wb.getSheetAt(0).getRow(1).getCell(3);
            assertThat(target.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(target.getLocalDateTimeCellValue().toLocalDate()).isBefore(java.time.LocalDate.of(2027, 1, 1));
        }
    }

    @Test
    void chartsArePngAndSvgInTheRequestedLanguage() throws Exception {
        HttpResponse<byte[]> png = get("/api/analyses/barriers-by-theme/chart.png?lang=sv&width=800&height=500", null);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(java.net.URLDecoder.decode(png.headers().firstValue("X-Alt-Text").orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Hinder per tema");
        HttpResponse<byte[]> svg = get("/api/analyses/barriers-by-type-and-ministry/chart.svg?lang=fi", null);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(text(svg)).startsWith("<svg").contains("Esteet tyypin ja ministeriön mukaan").doesNotContain("Barriers by type and ministry");
        assertThat(get("/api/analyses/overdue-measures/chart.png", null).statusCode()).isEqualTo(404);
        assertThat(get("/api/analyses/barriers-by-theme/chart.png?width=99999", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/analyses/survey-answers-by-organisation-type/chart.svg?question=k05&lang=en", null).statusCode()).isEqualTo(200);
    }

    @Test
    void badRequestsAreRefusedWithTheRightStatus() throws Exception {
        HttpResponse<byte[]> bad = get("/api/analyses/priority-ranking?limit=lots", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(text(bad)).getString("error")).contains("parameter 'limit'").contains("'lots' is not a whole number");
        assertThat(get("/api/analyses/barriers-by-theme?colour=red", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/analyses/barriers-by-life-event?lifeEvent=holiday", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/analyses/barriers-by-theme?lang=de", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/analyses/barriers-by-theme?format=pdf", null).statusCode()).isEqualTo(400);
        HttpResponse<byte[]> missing = get("/api/analyses/no-such-thing", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(new JsonObject(text(missing)).getString("error")).isEqualTo("no analysis 'no-such-thing'");
        assertThat(get("/api/analyses/barriers-by-theme", "application/pdf, image/png").statusCode()).isEqualTo(406);
        assertThat(get("/api/analyses/barriers-by-theme", "text/html;q=0.9, */*;q=0.1").statusCode()).isEqualTo(200);
        assertThat(get("/api/analyses/barriers-by-theme", "text/csv;q=0.5, application/json").headers().firstValue("Content-Type"))
                .contains("application/json");
    }

    @Test
    void privateAnalysesAnswerReadersOnly() throws Exception {
        HttpResponse<byte[]> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/analyses/acts-cited-in-free-text")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(text(anonymous)).contains("private survey graph");
        HttpResponse<byte[]> reader = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/analyses/acts-cited-in-free-text")).header("Authorization", TestUsers.basic(Role.READER)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(text(reader)).contains("9001/2016");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/analyses/barriers-by-theme")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode()).as("a public analysis, anonymously").isEqualTo(200);
    }
}
