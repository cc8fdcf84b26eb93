package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.ingest.StatuteSource;
import org.lexmaturity.ingest.TestSources;

/**
 * The act page and its JSON say which version of the act they show, list the others, and mark the provisions one
 * language version lacks: real acts of the statute book and of Semantic Finlex.
 */
class ActVersionsPageTest {
    @TempDir
    Path dir;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void thePageSaysWhichVersionItShowsAndWhereTheLanguagesDiffer() throws Exception {
        List<StatuteSource> sources = List.of(TestSources.corpusFile("fi", 2019, 171), TestSources.corpusFile("sv", 2019, 171),
                TestSources.corpusFile("fi", 2006, 624), TestSources.semanticFinlex("2006-624.jsonld"));
        try (TestServer s = TestServer.start(dir, store -> StatuteImport.create(store, l -> { }).importSources(sources))) {
            String base = "http://127.0.0.1:" + s.server().port();
            String page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/acts/2019/171")).header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("No Swedish text here");

            String versioned = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/acts/2006/624")).header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(versioned).contains("consolidated as of 2017-06-21").contains("the original").contains("the text shown and screened");

            JsonObject json = new JsonObject(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/acts/2006/624")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            JsonArray versions = json.getJsonArray("versions");
            assertThat(versions.stream().map(JsonObject.class::cast).filter(v -> v.getBoolean("current")).map(v -> v.getString("version")))
                    .containsExactly("ajantasa/20170621");
        }
    }
}
