package org.lexmaturity.web;

import org.lexmaturity.web.acts.StatuteImportRoutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestData;
import org.lexmaturity.auth.Accounts;
import org.lexmaturity.auth.Role;
import org.lexmaturity.cli.Cli;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/**
 * The server process is killed ({@code kill -9}) in the middle of a large statute import over the API. Restarted on
 * the same folder, the store is exactly as before the import (every graph, private ones included, isomorphic), the
 * full-text index answers as before, and the same import then succeeds.
 */
class ImportCrashTest {
    private static final Pattern WRITTEN = Pattern.compile("Statute import: (\\d+) files read, (\\d+) acts written so far \\(not yet committed\\)");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path tmp;

    /** Everything in the store, and what two full-text searches find. */
    record Snapshot(DatasetGraph quads, List<String> finnishHits, List<String> swedishHits) {}

    @Test
    void killedInTheMiddleOfAnImportTheStoreIsAsBeforeAndTheImportThenSucceeds() throws Exception {
        Path finlex2019 = TestData.path("legislation/finlex-xml/asd-fi-2019.tar.gz");
        Path data = tmp.resolve("data");
        loadSomeData(data);
        Snapshot before = snapshot(data);
        assertThat(before.finnishHits()).isNotEmpty();
        assertThat(before.swedishHits()).isNotEmpty();

        String inTheMiddle;
        CompletableFuture<HttpResponse<String>> killedImport;
        long t0 = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(data, "512m")) {
            killedImport = http.sendAsync(importRequest(server, finlex2019), HttpResponse.BodyHandlers.ofString());
            // the second progress line: 400 of 1,596 files read and their acts written inside the open transaction
            inTheMiddle = server.awaitLine(l -> l.contains("Statute import: 400 files read"), Duration.ofMinutes(4));
            server.kill();
        }
        long killedAt = System.nanoTime();
        Matcher m = WRITTEN.matcher(inTheMiddle);
        assertThat(m.find()).as(inTheMiddle).isTrue();
        assertThat(Integer.parseInt(m.group(2))).as("acts written before the kill").isGreaterThan(300);
        assertThat(killedImport).failsWithin(Duration.ofSeconds(30));

        Snapshot after = snapshot(data);
        assertSameQuads(after.quads(), before.quads());
        assertThat(after.finnishHits()).isEqualTo(before.finnishHits());
        assertThat(after.swedishHits()).isEqualTo(before.swedishHits());

        long restarted = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(data, "512m")) {
            HttpResponse<String> again = http.send(importRequest(server, finlex2019), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            JsonObject summary = new JsonObject(again.body());
            assertThat(summary.getInteger("files")).isEqualTo(1596);
            assertThat(summary.getInteger("acts")).isEqualTo(1596);
            assertThat(summary.getInteger("replaced")).isZero();
            System.out.printf("ImportCrashTest: start, upload and 400 files until the kill %.1f s; check %.1f s; restart and full import %.1f s%n",
                    (killedAt - t0) / 1e9, (restarted - killedAt) / 1e9, (System.nanoTime() - restarted) / 1e9);
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(new JsonObject(health.body()).getLong("acts")).isEqualTo(actsIn(before) + 1596);
        }
    }

    /** Statutes (public), a survey (private raw answers), screening findings and accounts, through the real CLI. */
    private void loadSomeData(Path data) throws Exception {
        Cli.Result statutes = Cli.run(data, "import", "statutes", TestData.path("legislation/finlex-xml/asd-fi-2003-0013.xml").toString(),
                TestData.path("legislation/finlex-xml/asd-sv-2003-0013.xml").toString(), TestData.fixture("eli").toString());
        assertThat(statutes.exitCode()).as(statutes.err()).isZero();
        Path export = tmp.resolve("kysely.xlsx");
        Files.write(export, SurveyExports.xlsx(false));
        Cli.Result survey = Cli.run(data, "import", "survey", export.toString());
        assertThat(survey.exitCode()).as(survey.err()).isZero();
        Cli.Result screen = Cli.run(data, "screen");
        assertThat(screen.exitCode()).as(screen.err()).isZero();
        try (Store store = open(data)) {
            // one account (private accounts graph; each password hash takes a slow second); an administrator, or the
            // server would create one at its first start and the store would differ for a reason other than the kill
            new Accounts(store).create(Role.ADMIN.id(), TestUsers.PASSWORD.toCharArray(), Role.ADMIN);
        }
    }

    private static Store open(Path data) {
        return Store.open(new StoreConfig(data, StoreConfig.DEFAULT_BASE_IRI));
    }

    private static Snapshot snapshot(Path data) {
        try (Store store = open(data)) {
            DatasetGraph copy = store.read(dsg -> {
                DatasetGraph c = DatasetGraphFactory.createGeneral();
                dsg.find().forEachRemaining(c::add);
                return c;
            });
            StatuteCatalog catalog = new StatuteCatalog(store);
            return new Snapshot(copy, texts(catalog.search("kirjallisesti", "fi", 200)), texts(catalog.search("handling", "sv", 200)));
        }
    }

    private static List<String> texts(List<StatuteCatalog.Hit> hits) {
        return hits.stream().map(h -> h.provision() + " " + h.text()).sorted().toList();
    }

    private static long actsIn(Snapshot s) {
        return s.quads().stream().filter(q -> q.getPredicate().getURI().equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
                && q.getObject().isURI() && q.getObject().getURI().equals("http://data.europa.eu/eli/ontology#LegalResource")).count();
    }

    /** The same named graphs, each isomorphic (blank nodes allowed), and the same default graph. */
    private static void assertSameQuads(DatasetGraph actual, DatasetGraph expected) {
        List<Node> names = new ArrayList<>();
        expected.listGraphNodes().forEachRemaining(names::add);
        List<Node> actualNames = new ArrayList<>();
        actual.listGraphNodes().forEachRemaining(actualNames::add);
        assertThat(actualNames).as("named graphs").containsExactlyInAnyOrderElementsOf(names);
        assertThat(names).as("the snapshot holds private graphs too").anyMatch(n -> n.getURI().endsWith("accounts"))
                .anyMatch(n -> n.getURI().endsWith("surveys/private"));
        for (Node g : names) {
            assertThat(actual.getGraph(g).size()).as("triples in " + g).isEqualTo(expected.getGraph(g).size());
            assertThat(actual.getGraph(g).isIsomorphicWith(expected.getGraph(g))).as("graph " + g + " unchanged").isTrue();
        }
        assertThat(actual.getDefaultGraph().isIsomorphicWith(expected.getDefaultGraph())).as("default graph unchanged").isTrue();
        assertThat(actual.stream().count()).isEqualTo(expected.stream().count());
    }

    private static HttpRequest importRequest(ServerProcess server, Path archive) throws Exception {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + StatuteImportRoutes.PATH + "?name=" + archive.getFileName()))
                .header("Authorization", TestUsers.basic(Role.ADMIN)).timeout(Duration.ofMinutes(6))
                .POST(HttpRequest.BodyPublishers.ofFile(archive)).build();
    }
}
