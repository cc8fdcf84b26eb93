package org.lexmaturity.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.lexmaturity.generate.DataGenerator;

/**
 * The benchmark ({@code mvn -Pbench -o test-compile exec:exec}, see BENCHMARKS.md): generates a data set, then
 * measures side by side in one run the product's import against Jena's TDB2 bulk loader, screening and assessment,
 * each analysis and report through the server's API, the public endpoint against Fuseki on a copy of the same
 * TDB2 folder, and the import of the real 2019 Finlex corpus. Every system under test runs in a child JVM; the
 * table goes to {@code WORK/results.md}.
 */
public final class Bench {
    private static final String MAIN = "org.lexmaturity.cli.Main";
    private static final List<String> HEAP = List.of("-Xmx1g");
    private static final String USER = "bench";
    private static final List<String> ENDPOINT_QUERIES = List.of("acts-by-ministry", "findings-per-indicator", "barriers-by-theme",
            "act-provisions", "survey-aggregates", "provisions-mentioning");
    /** Parameters for the analyses that need one to do real work. */
    private static final Map<String, String> ANALYSIS_PARAMS = Map.of("fulltext-search", "text=kirjallisesti&language=fi",
            "status-changes", "from=2023-01-01&to=2025-12-31");

    private final double scale;
    private final long seed;
    private final Path work;
    private final int clients;
    private final Duration loadTime;
    private final Path testdata;
    /** Which of parts 3–6 run ({@code --parts 3,5}); 1 and 2 always do, since the others need their store. All by default. */
    private final java.util.Set<String> parts;
    private final ResultsTable table = new ResultsTable();
    private final String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

    private Bench(Map<String, String> opts) {
        scale = Double.parseDouble(opts.getOrDefault("scale", "1"));
        seed = Long.parseLong(opts.getOrDefault("seed", String.valueOf(DataGenerator.DEFAULT_SEED)));
        work = Path.of(opts.getOrDefault("work", "target/bench")).toAbsolutePath();
        clients = Integer.parseInt(opts.getOrDefault("clients", "8"));
        loadTime = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("duration", "20")));
        testdata = Path.of(opts.getOrDefault("testdata", System.getProperty("lexmaturity.testdata", "../shared/testdata")));
        parts = java.util.Set.of(opts.getOrDefault("parts", "3,4,5,6").split(","));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new Bench(opts).run();
    }

    private void run() throws Exception {
        long t0 = System.nanoTime();
        deleteTree(work);
        Path gen = work.resolve("generated");
        DataGenerator.Manifest m = DataGenerator.generate(gen, scale, seed);
        table.note(String.format(Locale.ROOT, "Data: scale %s, seed %d: %d acts (fi+sv), %d provisions, %d subsections, %d responses, "
                + "%d barriers, %d measures.", scale, seed, m.acts(), m.provisions(), m.subsections(), m.responses(), m.barriers(), m.measures()));
        Path data = work.resolve("product");

        // 1 + 2: import through the commands, screening and assessment, then the bulk loader on an export of the same store
        ChildJvm.Finished statutes = cli(data, "import-statutes", "import", "statutes", gen.resolve(DataGenerator.STATUTES).toString());
        ChildJvm.Finished survey = cli(data, "import-survey", "import", "survey", gen.resolve(DataGenerator.SURVEY).toString(),
                "--mapping", gen.resolve(DataGenerator.SURVEY_MAPPING).toString());
        ChildJvm.Finished register = cli(data, "import-register", "import", "barriers", gen.resolve(DataGenerator.REGISTER).toString());
        double importMs = ms(statutes) + ms(survey) + ms(register);
        ScreenResult screen = screen(data, "screen");
        ChildJvm.Finished idle = cli(data, "stats", "stats");
        Path dump = work.resolve("export.nq.gz");
        cli(data, "export", "export", "--out", dump.toString());
        ChildJvm.Finished bulk = ChildJvm.run("tdb2.tdbloader", work, HEAP, Map.of(), "tdb2.tdbloader", "--loc",
                work.resolve("bulk-tdb2").toString(), dump.toString());
        double bulkMs = ms(bulk);
        table.add("1", "import statutes (" + m.acts() * 2 + " files)", ResultsTable.ms(ms(statutes)), "", "", "", null);
        table.add("1", "import survey (" + m.responses() + " responses)", ResultsTable.ms(ms(survey)), "", "", "", null);
        table.add("1", "import register (" + m.barriers() + " barriers, " + m.measures() + " measures)", ResultsTable.ms(ms(register)), "", "", "", null);
        table.add("1", "import, all three, vs tdb2.tdbloader", ResultsTable.ms(importMs), ResultsTable.ms(bulkMs),
                ResultsTable.ratio(importMs, bulkMs), "", null);
        double importScreen = importMs + screen.screeningMs + screen.assessmentMs;
        table.add("1", "import + screening + assessment vs tdb2.tdbloader", ResultsTable.ms(importScreen), ResultsTable.ms(bulkMs),
                ResultsTable.ratio(importScreen, bulkMs), "≤ 2×", importScreen <= 2 * bulkMs);
        table.add("1", "fixed cost of one command (`stats`: JVM start, open store, ontology check)", ResultsTable.ms(ms(idle)), "", "", "", null);
        table.add("1", "peak RSS: statute import / bulk loader", mb(statutes.peakRssKb()), mb(bulk.peakRssKb()), "", "", null);
        table.add("2", "screening (" + screen.texts + " texts, " + screen.findings + " findings)", ResultsTable.ms(screen.screeningMs),
                "", "", "", null);
        table.add("2", "screening throughput", ResultsTable.num(m.provisions() / (screen.screeningMs / 1000), "provisions/s")
                + " (" + ResultsTable.num(screen.texts / (screen.screeningMs / 1000), "texts/s") + ")", "", "", "", null);
        table.add("2", "assessment (maturity of " + screen.acts + " acts)", ResultsTable.ms(screen.assessmentMs), "", "", "", null);
        table.note("Import times are whole command runs (a JVM each, opening the store); the bulk loader is also a JVM of its own "
                + "(tdb2.tdbloader, default loader, same -Xmx1g) on `export` of the finished store (" + Files.size(dump) / 1024 + " KB gzipped "
                + "N-Quads). The product import also validates every act with SHACL and updates the Lucene text index; the loader does neither.");

        // 5 needs a copy of the finished TDB2 folder, made while nothing has it open
        Path fusekiDb = work.resolve("fuseki-tdb2");
        copyTree(data.resolve("tdb2"), fusekiDb);
        cli(data, "users-add", Map.of("LEXMATURITY_PASSWORD", password), "users", "add", USER, "analyst");

        int port = freePort();
        // the load clients all come from 127.0.0.1: one client's fair share of the endpoint is the whole of it here, so
        // the comparison with Fuseki (which has no such share) measures the engines, not the admission rule
        Map<String, String> serverEnv = Map.of("LEXMATURITY_ADMIN_PASSWORD", password + "-admin", "LEXMATURITY_SPARQL_PER_CLIENT", "4",
                "LEXMATURITY_SPARQL_PER_CLIENT_WAITING", "32");
        try (ChildJvm server = ChildJvm.start("server", work, HEAP, serverEnv, MAIN,
                "--data", data.toString(), "serve", "--host", "127.0.0.1", "--port", String.valueOf(port))) {
            String base = "http://127.0.0.1:" + port;
            Http http = new Http(USER, password);
            http.awaitUp(base + "/health", Duration.ofMinutes(3), server);
            if (parts.contains("3")) {
                analyses(http, base);
            }
            if (parts.contains("4")) {
                reports(http, base, m);
            }
            if (parts.contains("5")) {
                fuseki(base, fusekiDb);
            }
            long heap = server.peakHeapMb();
            table.add("3–5", "peak heap used / peak RSS: server (-Xmx1g)", heap + " MB / " + mb(server.peakRssKb()), "", "",
                    "within -Xmx1g", heap > 0 && heap <= 1024);
        }

        if (parts.contains("6")) {
            finlex();
        }
        table.note(String.format(Locale.ROOT, "Whole run: %.1f min. Load average at the end: %s. Cores: %d.",
                (System.nanoTime() - t0) / 60e9, loadAverage(), Runtime.getRuntime().availableProcessors()));
        Path results = work.resolve("results.md");
        table.write(results, "### Results at scale factor " + scale + " (" + LocalDate.now() + ")");
        System.out.println("Table written to " + results);
    }

    /** 5: Fuseki on the copy of the store, beside the running server. */
    private void fuseki(String base, Path fusekiDb) throws IOException {
        int fusekiPort = freePort();
        try (ChildJvm fuseki = ChildJvm.start("fuseki", work, HEAP, Map.of(), FusekiOnCopy.class.getName(),
                String.valueOf(fusekiPort), fusekiDb.toString())) {
            String fusekiEndpoint = "http://127.0.0.1:" + fusekiPort + "/ds/query";
            new Http(null, null).awaitUp("http://127.0.0.1:" + fusekiPort + "/$/ping", Duration.ofMinutes(2), fuseki);
            endpoint(base + "/sparql", fusekiEndpoint);
            table.add("5", "peak heap used / peak RSS: Fuseki (-Xmx1g)", fuseki.peakHeapMb() + " MB / " + mb(fuseki.peakRssKb()), "", "", "", null);
        }
    }

    private record ScreenResult(long texts, long findings, double screeningMs, long acts, double assessmentMs) {}

    private ScreenResult screen(Path data, String name) {
        ChildJvm.Finished f = ChildJvm.run(name, work, List.of(), Map.of(), ScreenAndAssess.class.getName(), data.toString());
        String line = f.output().lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no RESULT line from " + name + ":\n" + f.output()));
        String[] p = line.split(" ");
        return new ScreenResult(Long.parseLong(p[1]), Long.parseLong(p[2]), Double.parseDouble(p[3]), Long.parseLong(p[4]), Double.parseDouble(p[5]));
    }

    /** 3: each analysis of the catalogue through GET /api/analyses/{id}, warm. */
    private void analyses(Http http, String base) {
        JsonArray list = catalogue(http.ok(base + "/api/analyses", "application/json"));
        for (Object o : list) {
            String id = ((JsonObject) o).getString("id");
            String url = base + "/api/analyses/" + id + "?format=json&lang=fi"
                    + (ANALYSIS_PARAMS.containsKey(id) ? "&" + ANALYSIS_PARAMS.get(id) : "");
            Timings t = timed(() -> http.ok(url, "application/json").millis(), 3, 10, 20_000);
            boolean met = t.median() <= 300 * Math.max(1, scale);
            table.add("3", "analysis " + id + " (median / p95, " + t.count() + " warm runs)",
                    ResultsTable.ms(t.median()) + " / " + ResultsTable.ms(t.p95()), "", "", scale > 1 ? "≤ 3 s at SF10" : "≤ 300 ms", met);
        }
    }

    private static JsonArray catalogue(Http.Answer a) {
        String body = new String(a.body(), StandardCharsets.UTF_8).strip();
        return body.startsWith("[") ? new JsonArray(body) : new JsonObject(body).getJsonArray("analyses");
    }

    /** 4: each report type in each format through GET /api/reports/{type}. */
    private void reports(Http http, String base, DataGenerator.Manifest m) throws IOException {
        JsonArray types = new JsonObject(new String(http.ok(base + "/api/reports", "application/json").body(), StandardCharsets.UTF_8)).getJsonArray("types");
        String act = firstAct();
        for (Object o : types) {
            String type = (String) o;
            if (type.equals("draft-screening")) {
                table.note("Report draft-screening is left out: it screens an uploaded draft, not the store.");
                continue;
            }
            String params = switch (type) {
                case "act-profile" -> "&act=" + URLEncoder.encode(act, StandardCharsets.UTF_8);
                case "follow-up" -> "&from=2024-01-01&to=2025-12-31";
                default -> "";
            };
            for (String format : List.of("docx", "pdf", "xlsx", "html")) {
                String url = base + "/api/reports/" + type + "?lang=fi&format=" + format + params;
                Timings t;
                try {
                    t = timed(() -> http.ok(url, "*/*").millis(), 1, 3, 30_000);
                } catch (IllegalStateException e) {
                    table.add("4", "report " + type + " " + format, "failed", "", "", "", type.equals("deregulation") ? false : null);
                    table.note("Report " + type + " " + format + ": " + e.getMessage().lines().findFirst().orElse(""));
                    continue;
                }
                boolean dereg = type.equals("deregulation");
                table.add("4", "report " + type + " " + format + " (median of " + t.count() + ")", ResultsTable.ms(t.median()), "", "",
                        dereg ? "≤ 5 s" : "", dereg ? t.median() <= 5000 : null);
            }
        }
    }

    /** 5: the public endpoint and Fuseki, the same queries and clients: first the result counts, then the load. */
    private void endpoint(String product, String fuseki) throws IOException {
        Http anonymous = new Http(null, null);
        List<String> queries = new ArrayList<>();
        for (String name : ENDPOINT_QUERIES) {
            String q = resource("bench/" + name + ".rq");
            queries.add(q);
            long a = rows(anonymous.query(product, q));
            long b = rows(anonymous.query(fuseki, q));
            table.note("Endpoint query " + name + ": " + a + " rows from Lexmaturity, " + b + " from Fuseki" + (a == b ? "" : " — DIFFERENT"));
            if (a != b) {
                throw new IllegalStateException("the endpoint and Fuseki disagree on " + name + ": " + a + " vs " + b);
            }
        }
        EndpointLoad.run(anonymous, product, queries, clients, Duration.ofSeconds(3)); // warm-up
        EndpointLoad.Outcome p = EndpointLoad.run(anonymous, product, queries, clients, loadTime);
        EndpointLoad.run(anonymous, fuseki, queries, clients, Duration.ofSeconds(3));
        EndpointLoad.Outcome f = EndpointLoad.run(anonymous, fuseki, queries, clients, loadTime);
        table.add("5", "/sparql vs Fuseki: throughput, " + clients + " clients, " + loadTime.toSeconds() + " s",
                ResultsTable.num(p.queriesPerSecond(), "q/s"), ResultsTable.num(f.queriesPerSecond(), "q/s"),
                ResultsTable.ratio(p.queriesPerSecond(), f.queriesPerSecond()), "≥ 0.9×", p.queriesPerSecond() >= 0.9 * f.queriesPerSecond());
        table.add("5", "/sparql vs Fuseki: latency median / p95", ResultsTable.ms(p.medianMs()) + " / " + ResultsTable.ms(p.p95Ms()),
                ResultsTable.ms(f.medianMs()) + " / " + ResultsTable.ms(f.p95Ms()), ResultsTable.ratio(p.p95Ms(), f.p95Ms()), "", null);
        if (p.errors() + f.errors() > 0) {
            table.note("Endpoint errors during the load: Lexmaturity " + p.errors() + ", Fuseki " + f.errors() + ".");
        }
    }

    private static long rows(Http.Answer a) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(a.body()), ResultSetLang.RS_JSON);
        long n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    /** 6: the real 2019 Finlex statute book, imported and screened in a fresh store. */
    private void finlex() {
        Path corpus = testdata.resolve("legislation/finlex-xml/asd-fi-2019.tar.gz");
        if (!Files.isRegularFile(corpus)) {
            table.note("Finlex 2019 corpus not found at " + corpus.getFileName() + " under the test data folder: part 6 skipped.");
            return;
        }
        Path data = work.resolve("finlex");
        ChildJvm.Finished imported = cli(data, "finlex-import", "import", "statutes", corpus.toString());
        ScreenResult s = screen(data, "finlex-screen");
        String summary = imported.output().lines().filter(l -> l.startsWith("Imported ")).reduce((a, b) -> b).orElse("");
        table.add("6", "Finlex 2019: import (" + summary.replaceFirst("^Imported ", "").replaceFirst("\\.$", "") + ")", ResultsTable.ms(ms(imported)), "", "", "", null);
        table.add("6", "Finlex 2019: screening (" + s.texts + " texts, " + s.findings + " findings) + assessment (" + s.acts + " acts)",
                ResultsTable.ms(s.screeningMs) + " + " + ResultsTable.ms(s.assessmentMs), "", "", "", null);
    }

    private interface Call {
        double millis();
    }

    /** {@code warm} unmeasured runs, then up to {@code runs} measured ones (at least 3) within about {@code budgetMs}. */
    private static Timings timed(Call call, int warm, int runs, double budgetMs) {
        for (int i = 0; i < warm; i++) {
            call.millis();
        }
        Timings t = new Timings();
        double spent = 0;
        for (int i = 0; i < runs && (i < 3 || spent < budgetMs); i++) {
            double ms = call.millis();
            t.add(ms);
            spent += ms;
        }
        return t;
    }

    private ChildJvm.Finished cli(Path data, String name, String... args) {
        return cli(data, name, Map.of(), args);
    }

    private ChildJvm.Finished cli(Path data, String name, Map<String, String> env, String... args) {
        String[] full = Stream.concat(Stream.of("--data", data.toString()), Stream.of(args)).toArray(String[]::new);
        return ChildJvm.run(name, work, HEAP, env, MAIN, full);
    }

    private String firstAct() throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("generated").resolve(DataGenerator.STATUTES))) {
            String f = files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow(); // gen-1995-5001-fin.xml
            String[] p = f.split("-");
            return p[1] + "/" + p[2];
        }
    }

    private static double ms(ChildJvm.Finished f) {
        return f.took().toNanos() / 1e6;
    }

    private static String mb(long kb) {
        return kb / 1024 + " MB";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Bench.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
