package org.lexmaturity.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;

/**
 * A SPARQL 1.1 store reached over HTTP: where its Query, Update and Graph Store Protocol services are, and the
 * account to use. Fuseki serves all three at the dataset's own URL, so one URL is enough there; other stores name
 * them separately.
 */
public record RemoteEndpoint(URI query, URI update, URI graphStore, Optional<String> user, Optional<String> password) {
    /** The form of {@code --store}: {@code sparql:} followed by the dataset URL. */
    public static final String SCHEME = "sparql:";

    public RemoteEndpoint {
        for (URI u : new URI[] {query, update, graphStore}) {
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
                throw new IllegalArgumentException("remote store: " + u + " is not an http or https URL");
            }
        }
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("remote store: give both LEXMATURITY_STORE_USER and LEXMATURITY_STORE_PASSWORD, or neither");
        }
    }

    /**
     * Reads {@code sparql:URL} (the value of {@code --store} or {@code LEXMATURITY_STORE}); the environment may name
     * separate update and graph-store URLs and the account ({@code LEXMATURITY_STORE_UPDATE_URL},
     * {@code LEXMATURITY_STORE_GSP_URL}, {@code LEXMATURITY_STORE_USER}, {@code LEXMATURITY_STORE_PASSWORD}).
     */
    public static RemoteEndpoint parse(String store, Map<String, String> env) {
        if (!store.startsWith(SCHEME)) {
            throw new IllegalArgumentException("--store: '" + store + "' is not of the form sparql:URL (for example sparql:http://localhost:3030/lexmaturity)");
        }
        URI base = uri(store.substring(SCHEME.length()), "--store");
        return new RemoteEndpoint(base, optional(env, "LEXMATURITY_STORE_UPDATE_URL").map(u -> uri(u, "LEXMATURITY_STORE_UPDATE_URL")).orElse(base),
                optional(env, "LEXMATURITY_STORE_GSP_URL").map(u -> uri(u, "LEXMATURITY_STORE_GSP_URL")).orElse(base),
                optional(env, "LEXMATURITY_STORE_USER"), optional(env, "LEXMATURITY_STORE_PASSWORD"));
    }

    /** A dataset URL serving all three protocols (Fuseki), without an account. */
    public static RemoteEndpoint at(String datasetUrl) {
        URI u = uri(datasetUrl, "dataset URL");
        return new RemoteEndpoint(u, u, u, Optional.empty(), Optional.empty());
    }

    private static URI uri(String text, String what) {
        try {
            URI u = URI.create(text.trim());
            if (u.getHost() == null) {
                throw new IllegalArgumentException(what + ": '" + text + "' has no host");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a URL (" + e.getMessage() + ")", e);
        }
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    StoreHttpClient httpClient() {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL);
        if (user.isPresent()) {
            String name = user.get();
            char[] secret = password.orElseThrow().toCharArray();
            b.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(name, secret);
                }
            });
        }
        return new StoreHttpClient(b.build());
    }

    RDFLink link(HttpClient client) {
        return RDFLinkHTTP.newBuilder().queryEndpoint(query.toString()).updateEndpoint(update.toString())
                .gspEndpoint(graphStore.toString()).httpClient(client)
                // N-Triples: every store speaks it, and it parses faster than Turtle
                .acceptHeaderGraph("application/n-triples").build();
    }

    /** The URL without any account, for messages and logs. */
    @Override
    public String toString() {
        return query.toString();
    }
}
