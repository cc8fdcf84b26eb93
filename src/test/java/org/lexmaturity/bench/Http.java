package org.lexmaturity.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP/1.1 client, as a script would use, that reads every response to the end and times it. */
final class Http {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;

    Http(String user, String password) {
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    record Answer(int status, byte[] body, double millis) {}

    Answer get(String url, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).header("Accept", accept);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = r.body()) {
                body = in.readAllBytes();
            }
            return new Answer(r.statusCode(), body, (System.nanoTime() - t0) / 1e6);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET that must answer 200. */
    Answer ok(String url, String accept) {
        Answer a = get(url, accept);
        if (a.status() != 200) {
            throw new IllegalStateException(url + " answered " + a.status() + ": "
                    + new String(a.body(), 0, Math.min(a.body().length, 500), StandardCharsets.UTF_8));
        }
        return a;
    }

    /** A SPARQL protocol GET, JSON results. */
    Answer query(String endpoint, String query) {
        return ok(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
    }

    /** Polls until {@code url} answers 200 (a child server starting up), at most {@code limit}. */
    void awaitUp(String url, Duration limit, ChildJvm child) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!child.alive()) {
                throw new IllegalStateException("the server stopped while starting:\n" + child.output());
            }
            try {
                if (get(url, "*/*").status() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(url + " did not come up within " + limit + ":\n" + child.output());
    }
}
