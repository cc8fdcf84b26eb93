package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexmaturity.auth.Role;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.survey.Quotes;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/**
 * Who sees the survey's verbatim free-text quotes: analysts and administrators, on every surface (the act page, the
 * reports API in every format, the reports page); readers get the reports and aggregates without them; anonymous
 * visitors neither. Each role is tried on each surface, over HTTP, with the demo survey's real quotes.
 */
class DisclosureTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    /** Every quote the act pages and reports could show, as a searchable start of its text. */
    static final Set<String> quotes = new LinkedHashSet<>();
    /** An act that has quotes, as {@code /acts/YEAR/NUMBER}. */
    static String actPage;

    @BeforeAll
    static void start() {
        store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        DemoData.loadIntoEmpty(store, s -> { });
        TestUsers.create(store);
        List<String[]> acts = store.read(dsg -> {
            List<String[]> out = new ArrayList<>();
            try (var exec = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query("PREFIX eli: <http://data.europa.eu/eli/ontology#> "
                    + "SELECT ?a ?n ?t { GRAPH ?g { ?a a eli:LegalResource ; eli:id_local ?n ; eli:is_realized_by/eli:title ?t } }").build()) {
                exec.select().forEachRemaining(b -> out.add(new String[] {b.get("a").getURI(), b.get("n").getLiteralLexicalForm(),
                        b.get("t").getLiteralLexicalForm() + " (" + b.get("n").getLiteralLexicalForm() + ")"}));
            }
            return out;
        });
        // an answer that only names an act is no quote to look for: the reports name the acts too
        List<String> titles = acts.stream().map(a -> a[2]).toList();
        for (String[] act : acts) {
            Node node = org.apache.jena.graph.NodeFactory.createURI(act[0]);
            for (String lang : List.of("fi", "en")) {
                List<Quotes.Quote> found = Quotes.forAct(store, node, lang, 3);
                found.stream().map(q -> searchable(q.text())).filter(q -> titles.stream().noneMatch(t -> t.contains(q))).forEach(quotes::add);
                if (!found.isEmpty() && actPage == null) {
                    String[] numberYear = act[1].split("/");
                    actPage = "/acts/" + numberYear[1] + "/" + numberYear[0];
                }
            }
        }
        assertThat(quotes).as("the demo survey has quotable answers").isNotEmpty();
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /**
     * 40 characters from the middle of a quote, whitespace folded: enough to recognise it in any format, and away
     * from its start, which often names the act it cites as the report does too.
     */
    static String searchable(String text) {
        String folded = text.replaceAll("\\s+", " ").strip();
        int middle = folded.length() / 2;
        return folded.substring(middle - 20, middle + 20);
    }

    static boolean quotesIn(String text) {
        String folded = text.replaceAll("\\s+", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return quotes.stream().anyMatch(folded::contains);
    }

    static boolean expectsQuotes(Role role) {
        return role == Role.ANALYST || role == Role.ADMIN;
    }

    static HttpResponse<byte[]> api(String path, Role role) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (role != Role.ANONYMOUS) {
            b.header("Authorization", TestUsers.basic(role));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String textOf(byte[] bytes, String format) throws Exception {
        switch (format) {
            case "docx" -> {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                    return text.getText();
                }
            }
            case "xlsx" -> {
                StringBuilder out = new StringBuilder();
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> out.append(cell.toString()).append('\n'))));
                }
                return out.toString();
            }
            case "pdf" -> {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
            default -> {
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "docx", "xlsx", "pdf"})
    void theDeregulationReportCarriesQuotesForAnalystsAndAdministratorsOnly(String format) throws Exception {
        for (Role role : List.of(Role.READER, Role.ANALYST, Role.ADMIN)) {
            HttpResponse<byte[]> r = api("/api/reports/deregulation?lang=fi&format=" + format, role);
            assertThat(r.statusCode()).as("%s as %s", format, role).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).as("a report is private data").contains("no-store");
            // the workbook holds the report's tables and key figures, never its quotes
            boolean expected = expectsQuotes(role) && !format.equals("xlsx");
            assertThat(quotesIn(textOf(r.body(), format))).as("quotes in the %s report for a %s", format, role).isEqualTo(expected);
        }
        assertThat(api("/api/reports/deregulation?lang=fi&format=" + format, Role.ANONYMOUS).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class)
    void theActPageAndTheReportsPageShowQuotesToAnalystsAndAdministratorsOnly(Role role) throws Exception {
        HttpBrowser browser = new HttpBrowser(server.port());
        if (role != Role.ANONYMOUS) {
            assertThat(browser.signIn(role.id(), TestUsers.PASSWORD).statusCode()).isEqualTo(303);
        }
        HttpResponse<String> page = browser.get("/language/en?back=" + actPage);
        page = browser.get(actPage);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(quotesIn(page.body())).as("quotes on the act page for %s", role).isEqualTo(expectsQuotes(role));
        if (!expectsQuotes(role)) {
            assertThat(page.body()).contains("shown, anonymised, to analysts only");
        }
        if (role != Role.ANONYMOUS) {
            // the reports page renders through the same rule as the API
            HttpResponse<byte[]> download = browser.getBytes("/reports/download?type=deregulation&lang=fi&format=html");
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(quotesIn(new String(download.body(), StandardCharsets.UTF_8))).as("quotes from the reports page for %s", role)
                    .isEqualTo(expectsQuotes(role));
            assertThat(download.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(page.headers().firstValue("Cache-Control")).as("a signed-in page").contains("no-store");
        }
    }

    @Test
    void signedInPagesAndAccountPagesAreNotCached() throws Exception {
        HttpBrowser admin = new HttpBrowser(server.port());
        admin.signIn("admin", TestUsers.PASSWORD);
        for (String path : List.of("/", "/account", "/admin/accounts", "/barriers", "/analyses/acts-cited-in-free-text")) {
            HttpResponse<String> r = admin.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).as(path).contains("no-store");
        }
        HttpResponse<byte[]> analysis = api("/api/analyses/acts-cited-in-free-text", Role.READER);
        assertThat(analysis.statusCode()).isEqualTo(200);
        assertThat(analysis.headers().firstValue("Cache-Control")).contains("no-store");
        // public data asked for without credentials may be cached
        HttpResponse<byte[]> open = api("/api/barriers", Role.ANONYMOUS);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }
}
