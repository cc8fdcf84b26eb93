package org.lexmaturity.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP client every request to a remote store goes through. It learns which engine answers (the {@code Server}
 * header), because engines read a request's time limit differently (Fuseki's {@code timeout} is in seconds,
 * Virtuoso's in milliseconds), and it never lets an incomplete answer pass as a whole one: Virtuoso stops a query at
 * its limit and still answers 200 with what it had, saying so only in {@code X-SQL-State: S1TAT} — a count of half
 * the data would be shown as the count. Such an answer is a timeout here, as the store's 503 would be elsewhere.
 */
final class StoreHttpClient extends HttpClient {
    private final HttpClient http;
    private volatile boolean virtuoso;
    /** The response bodies opened on this thread while {@link #opening} runs. */
    private static final ThreadLocal<List<InputStream>> OPENED = new ThreadLocal<>();

    /**
     * Runs {@code work} and returns what it gave with the response bodies it opened on this thread. A query stopped
     * at its limit closes its body outright: JDK's client then drops the connection at once, where Jena's close would
     * wait for the store to finish the answer first — with a store still working on the stopped query, for as long as
     * that takes, holding the worker.
     */
    static <T> Opened<T> opening(java.util.function.Supplier<T> work) {
        List<InputStream> before = OPENED.get();
        List<InputStream> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        OPENED.set(bodies);
        try {
            return new Opened<>(work.get(), bodies);
        } finally {
            OPENED.set(before);
        }
    }

    /** What {@link #opening} gave, and the bodies to close when it is abandoned. */
    record Opened<T>(T value, List<InputStream> bodies) {
        /** Closes the bodies; a reader blocked on one of them gets an exception at once. Any thread may call it. */
        void closeBodies() {
            for (InputStream in : bodies) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closed already, or the connection is gone: either way nothing more is read
                }
            }
        }
    }

    StoreHttpClient(HttpClient http) {
        this.http = http;
    }

    /** Whether the store is Virtuoso (as far as its answers so far tell). */
    boolean isVirtuoso() {
        return virtuoso;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        return checked(http.send(request, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return http.sendAsync(request, handler).thenApply(StoreHttpClient.this::checkedUnchecked);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> push) {
        return http.sendAsync(request, handler, push).thenApply(StoreHttpClient.this::checkedUnchecked);
    }

    private <T> HttpResponse<T> checkedUnchecked(HttpResponse<T> r) {
        try {
            return checked(r);
        } catch (HttpTimeoutException e) {
            throw new CompletionException(e);
        }
    }

    private <T> HttpResponse<T> checked(HttpResponse<T> r) throws HttpTimeoutException {
        List<InputStream> opened = OPENED.get();
        if (opened != null && r.body() instanceof InputStream in) {
            opened.add(in);
        }
        HttpHeaders h = r.headers();
        if (h.firstValue("Server").map(s -> s.toLowerCase(Locale.ROOT).contains("virtuoso")).orElse(false)) {
            virtuoso = true;
        }
        Optional<String> state = h.firstValue("X-SQL-State");
        if (state.isPresent() && state.get().trim().equalsIgnoreCase("S1TAT")) {
            closeBody(r);
            throw new HttpTimeoutException("the store stopped the query at its time limit and answered with incomplete results ("
                    + h.firstValue("X-SQL-Message").orElse("X-SQL-State S1TAT").trim() + ")");
        }
        return r;
    }

    private static void closeBody(HttpResponse<?> r) {
        if (r.body() instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // the answer is thrown away either way
            }
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return http.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return http.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return http.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return http.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return http.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return http.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return http.authenticator();
    }

    @Override
    public Version version() {
        return http.version();
    }

    @Override
    public Optional<Executor> executor() {
        return http.executor();
    }
}
