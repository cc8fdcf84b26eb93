package org.lexmaturity.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexmaturity.TestData;
import org.lexmaturity.auth.Role;
import org.lexmaturity.cli.Cli;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.ScreeningRun;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.web.TestUsers;
import org.lexmaturity.web.WebServer;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/cases.tsv}): every hostile or broken input is fed through
 * the real command line or a running server and must be refused with exit code 1 (2 for a usage error) or a 4xx that
 * names the file or field; the server keeps answering, and every graph of the store is exactly as before.
 */
class BadInputCorpusTest {
    static final String BASE = StoreConfig.DEFAULT_BASE_IRI;
    static Path dir;
    static Path cliData;
    static Store httpStore;
    static WebServer server;
    static BadInputs inputs;
    static Map<String, String> cliBefore;
    static Map<String, String> httpBefore;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One row of the manifest. */
    record Case(String id, String channel, String target, String input, String expect, String message) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = BadInputs.resource("cases.tsv")) {
            List<Case> out = new ArrayList<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.startsWith("id\t") && !l.isBlank())
                    .forEach(l -> {
                        String[] c = l.split("\t", -1);
                        if (c.length != 6) {
                            throw new IllegalStateException("cases.tsv: a row needs 6 columns: " + l);
                        }
                        out.add(new Case(c[0], c[1], c[2], c[3], c[4], c[5]));
                    });
            return out;
        }
    }

    @BeforeAll
    static void storesAndServer() throws Exception {
        dir = Files.createTempDirectory("bad-input-corpus");
        inputs = new BadInputs(Files.createDirectories(dir.resolve("inputs")));
        Path base = dir.resolve("base");
        try (Store store = Store.open(new StoreConfig(base, BASE))) {
            Ontology.install(store);
            DemoData.loadStatutes(store, s -> { });
            TestUsers.create(store);
            Path survey = Files.writeString(dir.resolve("survey.csv"), "Vastaaja;Organisaatio;K01 Lainsäädäntö estää automaattisen päätöksenteon\n"
                    + "R1;Espoon kaupunki;4\nR2;Vantaan kaupunki;2\nR3;Verohallinto;5\n");
            new SurveyImport(store, 1).importFile(survey, Optional.empty());
            new ScreeningRun(store, IndicatorRules.shipped(), Clock.systemUTC()).run(Optional.empty());
        }
        cliData = copy(base, dir.resolve("cli"));
        httpStore = Store.open(new StoreConfig(copy(base, dir.resolve("http")), BASE));
        server = WebServer.start(httpStore, "127.0.0.1", 0);
        cliBefore = dump(cliData);
        httpBefore = dump(httpStore);
        assertThat(cliBefore).containsKeys(BASE + "graph/statutes/demo", BASE + "graph/surveys/private", BASE + "graph/accounts");
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (httpStore != null) {
            httpStore.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refused(Case c) throws Exception {
        assumeFalse(c.message().startsWith("KNOWN GAP:"), c.message());
        if (c.channel().equals("cli")) {
            Cli.Result r;
            Map<String, String> after;
            try {
                r = Cli.run(cliData, cliArgs(c));
            } finally {
                // the next case compares with the state after this one, so one failure does not fail every later case
                after = dump(cliData);
                Map<String, String> before = cliBefore;
                cliBefore = after;
                assertThat(after).as(c.id() + ": every graph unchanged").isEqualTo(before);
            }
            assertThat(r.exitCode()).as(c.id() + ": " + r.err() + r.out()).isEqualTo(Integer.parseInt(c.expect()));
            assertThat(r.err()).as(c.id()).contains(c.message()).doesNotContain("Exception:").doesNotContain("root:x:0");
        } else {
            HttpResponse<String> r;
            try {
                r = send(c);
            } catch (AssertionError e) {
                httpBefore = dump(httpStore);
                throw e;
            }
            String expect = c.expect();
            if (expect.equals("4xx")) {
                assertThat(r.statusCode()).as(c.id() + ": " + r.body()).isBetween(400, 499);
            } else {
                assertThat(r.statusCode()).as(c.id() + ": " + r.body()).isEqualTo(Integer.parseInt(expect));
            }
            assertThat(r.body()).as(c.id()).contains(c.message()).doesNotContain("root:x:0");
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(c.id() + ": the server still answers").isEqualTo(200);
            Map<String, String> after = dump(httpStore);
            Map<String, String> before = httpBefore;
            httpBefore = after;
            assertThat(after).as(c.id() + ": every graph unchanged").isEqualTo(before);
        }
    }

    private static String[] cliArgs(Case c) throws IOException {
        List<String> args = new ArrayList<>();
        for (String token : c.target().split(" ")) {
            if (token.equals("{input}")) {
                args.add(source(c.input()).toString());
            } else if (token.equals("{out}")) {
                args.add(dir.resolve("out-" + c.id()).toString());
            } else {
                args.add(new String(percentDecoded(token), StandardCharsets.UTF_8));
            }
        }
        return args.toArray(String[]::new);
    }

    private static HttpResponse<String> send(Case c) throws Exception {
        String[] target = c.target().split(" ", 2);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(target[1])).timeout(Duration.ofSeconds(60)).header("Authorization", TestUsers.basic(Role.ADMIN));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        String input = c.input();
        if (input.startsWith("multipart:")) {
            String[] p = input.split(":", 4);
            String boundary = "corpus" + System.nanoTime();
            body = multipart(boundary, p[1], new String(percentDecoded(p[2]), StandardCharsets.UTF_8), source(p[3]));
            b.header("Content-Type", "multipart/form-data; boundary=" + boundary);
        } else if (input.startsWith("raw:")) {
            String[] p = input.split(":", 3);
            body = HttpRequest.BodyPublishers.ofFile(source(p[2]));
            b.header("Content-Type", p[1]);
        } else if (input.startsWith("text:")) {
            String[] p = input.split(":", 3);
            body = HttpRequest.BodyPublishers.ofByteArray(percentDecoded(p[2]));
            b.header("Content-Type", p[1]);
        }
        b.method(target[0], body);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // a server that refuses an oversize upload may close the connection before the client has sent it all
            throw new AssertionError(c.id() + ": no answer: " + e, e);
        }
    }

    /** A multipart body around a file, streamed from disk: the oversize upload is 50 MB. */
    private static HttpRequest.BodyPublisher multipart(String boundary, String field, String fileName, Path content) throws IOException {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head), HttpRequest.BodyPublishers.ofFile(content),
                HttpRequest.BodyPublishers.ofByteArray(tail));
    }

    private static Path source(String name) throws IOException {
        if (name.startsWith("gen:")) {
            return inputs.get(name.substring(4));
        }
        if (name.startsWith("fixture:")) {
            return TestData.fixture(name.substring(8));
        }
        Path copy = dir.resolve("inputs").resolve(name);
        if (!Files.exists(copy)) {
            try (InputStream in = BadInputs.resource(name)) {
                assertThat(in).as("bad-input/" + name).isNotNull();
                Files.copy(in, copy);
            }
        }
        return copy;
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** %XX to the byte XX, everything else as its UTF-8 bytes; so %FF makes invalid UTF-8 on purpose. */
    static byte[] percentDecoded(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '%' && i + 2 < s.length()) {
                b.write(HexFormat.fromHexDigits(s, i + 1, i + 3));
                i += 2;
            } else {
                b.writeBytes(String.valueOf(ch).getBytes(StandardCharsets.UTF_8));
            }
        }
        return b.toByteArray();
    }

    /**
     * The graphs of a data folder no one holds. The quads all live in the TDB2 database, so only that is opened: not
     * the full-text index a {@link Store} opens as well, which would cost each command-line case a second slow start.
     */
    private static Map<String, String> dump(Path data) {
        Dataset tdb = TDB2Factory.connectDataset(data.resolve("tdb2").toString());
        try {
            return Txn.calculateRead(tdb, () -> dump(tdb.asDatasetGraph()));
        } finally {
            // let the next command open the folder afresh, as a separate process would
            TDBInternal.expel(tdb.asDatasetGraph());
        }
    }

    private static Map<String, String> dump(Store store) {
        return store.read(BadInputCorpusTest::dump);
    }

    /**
     * Per graph, the number of quads and a digest of them: the sum of each quad's SHA-256 (first 128 bits), which does
     * not depend on the order, so no sorting is needed. The same store writes the same blank node labels, so equal
     * means unchanged.
     */
    private static Map<String, String> dump(DatasetGraph dsg) {
        Map<String, long[]> sums = new TreeMap<>();
        MessageDigest sha = sha256();
        dsg.find().forEachRemaining(q -> {
            byte[] h = sha.digest(NodeFmtLib.str(q).getBytes(StandardCharsets.UTF_8));
            long[] s = sums.computeIfAbsent(q.getGraph().toString(), g -> new long[3]);
            s[0]++;
            s[1] += ByteBuffer.wrap(h, 0, 8).getLong();
            s[2] += ByteBuffer.wrap(h, 8, 8).getLong();
        });
        Map<String, String> out = new TreeMap<>();
        sums.forEach((g, s) -> out.put(g, s[0] + " quads, sum of SHA-256 " + HexFormat.of().toHexDigits(s[1]) + HexFormat.of().toHexDigits(s[2])));
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }
}
