package org.lexmaturity.web;

import org.lexmaturity.web.opendata.QueryPage;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.store.QueryFiles;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/**
 * The example queries a researcher is shown (on the SPARQL page, and the README's full-text search) run through the
 * public endpoint on the demo data, and each returns rows with every column filled: an example with an empty column
 * shows something other than what its description says.
 */
class QueryExamplesTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void load() {
        store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        DemoData.loadIntoEmpty(store, s -> { });
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void close() {
        server.close();
        store.close();
    }

    static Stream<Arguments> examples() throws Exception {
        List<Arguments> all = new ArrayList<>();
        for (String id : QueryPage.EXAMPLES) {
            all.add(Arguments.of("example " + id, QueryFiles.text("examples/" + id)));
        }
        all.add(Arguments.of("README full-text search", readmeFullTextExample()));
        return all.stream();
    }

    /** The SPARQL block of the README's "Full-text search" section, as a reader would copy it. */
    static String readmeFullTextExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### Full-text search");
        assertThat(section).as("the README's full-text search section").isNotNegative();
        Matcher m = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find(section)).as("a SPARQL example in it").isTrue();
        return m.group(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void answersWithEveryColumnFilled(String name, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject results = JSON.parse(r.body());
        List<String> vars = results.get("head").getAsObject().get("vars").getAsArray().stream().map(v -> v.getAsString().value()).toList();
        JsonArray rows = results.get("results").getAsObject().get("bindings").getAsArray();
        assertThat(rows).as("rows of %s", name).isNotEmpty();
        for (JsonValue row : rows) {
            assertThat(row.getAsObject().keys()).as("%s: a row of %s leaves a column empty", name, rows.size()).containsAll(vars);
        }
    }
}
