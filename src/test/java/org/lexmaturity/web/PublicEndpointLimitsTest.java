package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.sparql.EndpointSettings;
import org.lexmaturity.store.Store;
import org.slf4j.LoggerFactory;

/**
 * The public endpoint under attack from loopback, in bounded loops: a client flooding it with heavy queries keeps
 * within its share, so another client's light query and the health check still answer within a second; a full line
 * is refused at once with {@code Retry-After}; time spent waiting counts toward a query's limit; and regular
 * expressions that would run for hours or overflow the stack end as a clean 503 or 400 with one log line.
 */
class PublicEndpointLimitsTest {
    /** Four workers, two per client, three waiting per client, six waiting in all. */
    static final EndpointSettings.Workers WORKERS = new EndpointSettings.Workers(4, 2, 3, 6);
    static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    static final String LIGHT = "ASK { ?s a <http://data.europa.eu/eli/ontology#LegalResource> }";

    @TempDir
    static Path dir;
    static TestServer site;
    static Store store;
    static WebServer server;

    @BeforeAll
    static void start() {
        EndpointSettings settings = new EndpointSettings(Duration.ofSeconds(30), EndpointSettings.DEFAULT_ROW_LIMIT,
                EndpointSettings.DEFAULT_MAX_QUERY_LENGTH, WORKERS);
        site = TestServer.start(dir, s -> DemoData.loadStatutes(s, x -> { }), settings);
        store = site.store();
        server = site.server();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static String sparql(String query, String timeout) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + (timeout == null ? "" : "&timeout=" + timeout);
    }

    static RawHttp.Answer from(String address, String target) {
        return RawHttp.request(address, server.port(), "GET", target, Map.of("Accept", "application/sparql-results+json"));
    }

    record Timed(RawHttp.Answer answer, long millis) {}

    static Timed timed(String address, String target) {
        long started = System.nanoTime();
        RawHttp.Answer a = from(address, target);
        return new Timed(a, (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aFloodingClientLeavesRoomForOthersAndTheHealthCheck() throws Exception {
        ExecutorService flood = Executors.newFixedThreadPool(10);
        ConcurrentLinkedQueue<RawHttp.Answer> flooded = new ConcurrentLinkedQueue<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
        List<Future<?>> floods = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            floods.add(flood.submit(() -> {
                // bounded: at most 20 requests per thread, and none started after six seconds
                for (int i = 0; i < 20 && System.nanoTime() < until; i++) {
                    flooded.add(from("127.0.0.1", sparql(HEAVY, "8")));
                }
            }));
        }
        try {
            Thread.sleep(500); // the flood is on
            List<Long> light = new ArrayList<>();
            List<Long> health = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Timed ask = timed("127.0.0.2", sparql(LIGHT, null));
                assertThat(ask.answer().status()).as(ask.answer().body()).isEqualTo(200);
                assertThat(ask.answer().body()).contains("true");
                light.add(ask.millis());
                Timed h = timed("127.0.0.2", "/health");
                assertThat(h.answer().status()).isEqualTo(200);
                health.add(h.millis());
                Thread.sleep(300);
            }
            assertThat(light).as("a light query from another client during the flood, ms").allMatch(ms -> ms < 1000);
            assertThat(health).as("/health during the flood, ms").allMatch(ms -> ms < 1000);
        } finally {
            for (Future<?> f : floods) {
                f.get(60, TimeUnit.SECONDS);
            }
            flood.shutdownNow();
        }
        List<RawHttp.Answer> refused = flooded.stream().filter(a -> a.status() == 503 && a.body().contains("share")).toList();
        assertThat(refused).as("the flooding client is refused beyond its share").isNotEmpty()
                .allMatch(a -> a.headers().containsKey("retry-after"));
        assertThat(flooded).as("every flood request got an answer, none a server error").allMatch(a -> a.status() == 503);
    }

    @Test
    void aFullLineIsRefusedAtOnceAndWaitingCountsTowardTheTimeLimit() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            // four clients with four heavy queries each: 4 run, 6 wait, the rest are refused at once
            List<Future<Timed>> answers = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                String address = "127.0.1." + (c + 1);
                for (int q = 0; q < 4; q++) {
                    answers.add(clients.submit(() -> timed(address, sparql(HEAVY, "3"))));
                    Thread.sleep(20);
                }
            }
            List<Timed> done = new ArrayList<>();
            for (Future<Timed> f : answers) {
                done.add(f.get(60, TimeUnit.SECONDS));
            }
            List<Timed> busy = done.stream().filter(t -> t.answer().body().contains("is busy") || t.answer().body().contains("share")).toList();
            assertThat(busy).as("refused because the line is full").isNotEmpty()
                    .allMatch(t -> t.millis() < 1000 && t.answer().status() == 503 && t.answer().headers().containsKey("retry-after"));
            // a query that waited is stopped when its three seconds are up, waiting included, not three seconds after it began
            assertThat(done).allMatch(t -> t.answer().status() == 503);
            assertThat(done).as("no query outlives its 3 s limit by more than the margin").allMatch(t -> t.millis() < 3000 + 1500);
        } finally {
            clients.shutdownNow();
        }
        assertThat(from("127.0.0.2", sparql(LIGHT, null)).status()).isEqualTo(200);
    }

    @Test
    void catastrophicRegularExpressionsEndCleanlyWithOneLogLine() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            // backtracking that would take hours: stopped at the time limit, and the worker is free again
            // (Java memoises the textbook (a+)+$; nested .* with a count it does not)
            String runaway = "SELECT ?s { BIND(CONCAT(\"" + "a".repeat(40) + "\", \"!\") AS ?s) FILTER(REGEX(?s, \"^(.*a){20}$\")) }";
            for (int i = 0; i < 3; i++) {
                Timed t = timed("127.0.2.1", sparql(runaway, "1"));
                assertThat(t.answer().status()).as(t.answer().body()).isEqualTo(503);
                assertThat(t.millis()).isLessThan(3000);
            }
            Timed after = timed("127.0.2.1", sparql(LIGHT, null));
            assertThat(after.answer().status()).isEqualTo(200);
            assertThat(after.millis()).as("the same client's next query: its workers were freed").isLessThan(1000);

            // REPLACE runs guarded too
            String replace = "SELECT ?r { BIND(REPLACE(CONCAT(\"" + "a".repeat(40) + "\", \"!\"), \"^(.*a){20}$\", \"x\") AS ?r) }";
            assertThat(from("127.0.2.1", sparql(replace, "1")).status()).isEqualTo(503);

            // a 3,000-character expression nested too deeply for the stack: 400, named, one log line at most
            log.list.clear();
            String nested = "(".repeat(1450) + "a" + ")".repeat(1450);
            RawHttp.Answer deep = from("127.0.2.2", sparql("SELECT ?s { ?s ?p ?o FILTER(REGEX(STR(?o), \"" + nested + "\")) }", null));
            assertThat(deep.status()).as(deep.body()).isEqualTo(400);
            assertThat(deep.body()).contains("too complex");
            String deepParens = "SELECT * { FILTER(" + "(".repeat(1500) + "1" + ")".repeat(1500) + ") }";
            RawHttp.Answer parens = from("127.0.2.2", sparql(deepParens, null));
            assertThat(parens.status()).as(parens.body()).isEqualTo(400);
            assertThat(log.list).as("log lines for two refused queries").hasSizeLessThanOrEqualTo(2)
                    .allMatch(e -> e.getThrowableProxy() == null);
            // the well-formed regular expressions still work
            assertThat(from("127.0.2.2", sparql("ASK { FILTER(REGEX(\"Laki\", \"^la\", \"i\")) }", null)).body()).contains("true");
            assertThat(from("127.0.2.2", sparql("SELECT (REPLACE(\"abc\"@fi, \"b\", \"x\") AS ?r) {}", null)).body()).contains("axc").contains("fi");
        } finally {
            root.detachAppender(log);
        }
    }
}
