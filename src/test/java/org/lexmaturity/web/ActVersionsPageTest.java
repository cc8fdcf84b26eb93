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
            assertThat(versioned).contains("consolidated as of 2017-06-21").contains("the original")
                    .contains("the current text, shown and screened unless another version is chosen").contains("(14.12.2012/756)");

            // the original, as enacted, in place of the current text; the reader is told which one it is
            String original = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/acts/2006/624?version=alkup")).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(original).contains("You are reading the original").doesNotContain("(14.12.2012/756)")
                    .contains("No findings in this version");
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/acts/2006/624?version=last-tuesday")).build(),
                    HttpResponse.BodyHandlers.ofString())).satisfies(r -> {
                        assertThat(r.statusCode()).isEqualTo(400);
                        assertThat(r.body()).contains("last-tuesday").contains("alkup");
                    });

            // an analyst screens the original from the page: its findings are marked in its text, the current ones stay apart
            HttpBrowser analyst = new HttpBrowser(s.port());
            assertThat(analyst.signIn("analyst", TestUsers.PASSWORD).statusCode()).isEqualTo(303);
            analyst.get("/acts/2006/624?version=alkup");
            HttpResponse<String> screened = analyst.post("/acts/2006/624/screening", java.util.Map.of("version", "alkup", "X-XSRF-TOKEN", analyst.token));
            assertThat(screened.statusCode()).isEqualTo(303);
            assertThat(screened.headers().firstValue("Location")).hasValue("/acts/2006/624?screened=1&version=alkup#version-notice");
            String after = analyst.get("/acts/2006/624?screened=1&version=alkup").body();
            assertThat(after).containsPattern("Seulottu alkuperäinen: \\d+ löydöstä").contains("class=\"finding barrier\"");
            JsonObject originalFindings = new JsonObject(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/acts/2006/624/findings?version=alkup")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(originalFindings.getString("textVersion")).isEqualTo("alkup");
            assertThat(originalFindings.getJsonArray("findings")).isNotEmpty();
            JsonObject currentFindings = new JsonObject(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/acts/2006/624/findings")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(currentFindings.getString("textVersion")).isEqualTo("current");
            assertThat(currentFindings.getJsonArray("findings")).as("the current text was not screened").isEmpty();

            JsonObject json = new JsonObject(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/acts/2006/624")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            JsonArray versions = json.getJsonArray("versions");
            assertThat(versions.stream().map(JsonObject.class::cast).filter(v -> v.getBoolean("current")).map(v -> v.getString("version")))
                    .containsExactly("ajantasa/20170621");
            assertThat(json.getString("shown")).isEqualTo("current");
            JsonObject asEnacted = new JsonObject(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/acts/2006/624?version=alkup")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(asEnacted.getString("shown")).isEqualTo("alkup");
            assertThat(asEnacted.encode()).doesNotContain("2012/756");
        }
    }
}
