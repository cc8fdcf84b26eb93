package org.lexmaturity.web;

import org.lexmaturity.web.http.UiText;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.auth.AuthSettings;
import org.lexmaturity.auth.OidcSettings;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/** OpenID Connect sign-in against a provider on loopback: the whole redirect dance, as a browser follows it. */
class OidcSignInTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static LocalOidcProvider provider;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        provider = new LocalOidcProvider();
        int port = freePort();
        OidcSettings oidc = new OidcSettings(provider.issuer(), LocalOidcProvider.CLIENT_ID, "secret",
                "http://127.0.0.1:" + port + "/login/oidc/callback", "roles", Optional.empty());
        server = WebServer.start(store, "127.0.0.1", port, new AuthSettings(true, AuthSettings.DEFAULT_IDLE, Optional.of(oidc)));
    }

    @AfterAll
    static void stop() {
        server.close();
        provider.close();
        store.close();
    }

    static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Follows redirects like a browser, across the two servers, keeping this server's cookies. */
    static HttpResponse<String> follow(HttpBrowser b, String path) throws Exception {
        HttpResponse<String> r = b.get(path);
        for (int i = 0; i < 10 && r.statusCode() / 100 == 3; i++) {
            String location = r.headers().firstValue("Location").orElseThrow();
            if (location.startsWith(provider.issuer())) {
                r = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
                        .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(location)).build(), HttpResponse.BodyHandlers.ofString());
            } else {
                r = b.get(location.replaceFirst("^http://127\\.0\\.0\\.1:\\d+", ""));
            }
        }
        return r;
    }

    @Test
    void aUserWithAnAnalystRoleAtTheProviderSignsInAsAnAnalyst() throws Exception {
        provider.userClaims = new JsonObject().put("sub", "u-1842").put("preferred_username", "Liisa.Virtanen@vm.fi")
                .put("roles", new JsonArray().add("reader").add("analyst"));
        HttpBrowser b = new HttpBrowser(server.port());
        assertThat(b.get("/login").body()).contains("/login/oidc");
        HttpResponse<String> landed = follow(b, "/login/oidc?return=%2Facts");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/acts");
        assertThat(landed.body()).contains("liisa.virtanen@vm.fi").contains("action=\"/logout\"");
        // and the session carries the role: an analyst may write
        assertThat(landed.body()).contains("(" + UiText.load().word("fi", "role.analyst") + ")");
    }

    @Test
    void aUserWithoutARoleIsNotSignedIn() throws Exception {
        provider.userClaims = new JsonObject().put("sub", "u-7").put("email", "someone@example.org");
        HttpBrowser b = new HttpBrowser(server.port());
        HttpResponse<String> r = follow(b, "/login/oidc");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("no Lexmaturity role");
        assertThat(b.get("/acts").body()).doesNotContain("action=\"/logout\"");
    }
}
