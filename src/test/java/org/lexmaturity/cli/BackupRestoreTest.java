package org.lexmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.analysis.AnalysisCatalogue;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.web.TestUsers;
import org.lexmaturity.web.WebServer;

/**
 * Backup and restore through the real command line: a backup taken through the running server while writes go on
 * is a consistent snapshot of every graph (compared as isomorphic graphs, full-text search included) once restored
 * into a fresh folder; bad backups, a non-empty store and a folder held by a server are refused, the store unchanged.
 */
class BackupRestoreTest {
    @TempDir
    static Path dir;
    static Path source;
    static Path backup;
    static Store store;
    static WebServer server;
    /** A graph the test writes to while the backup runs: batch i adds 20 triples and moves the counter to i. */
    static final Node WRITES = NodeFactory.createURI(StoreConfig.DEFAULT_BASE_IRI + "graph/test-writes");
    static final Node COUNTER = NodeFactory.createURI("urn:test:counter");
    static final Node VALUE = NodeFactory.createURI("urn:test:value");

    @BeforeAll
    static void demoStoreWithEveryKindOfGraph() {
        source = dir.resolve("source");
        store = Store.open(new StoreConfig(source, StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        DemoData.loadIntoEmpty(store, s -> { }); // acts, survey (public and private), register, screening, maturity
        TestUsers.create(store); // accounts
        server = WebServer.start(store, "127.0.0.1", 0);
        BackupCommand.environment = Map.of(BackupCommand.USER, "admin", BackupCommand.PASSWORD, TestUsers.PASSWORD)::get;
    }

    @AfterAll
    static void stop() {
        BackupCommand.environment = System::getenv;
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @AfterEach
    void credentialsBack() {
        BackupCommand.environment = Map.of(BackupCommand.USER, "admin", BackupCommand.PASSWORD, TestUsers.PASSWORD)::get;
    }

    @Test
    void aBackupTakenThroughTheServerWhileWritesGoOnRestoresEveryGraph() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger committed = new AtomicInteger();
        Thread writer = new Thread(() -> {
            for (int i = 1; writing.get(); i++) {
                int batch = i;
                store.writeAll(dsg -> {
                    batch(batch).forEach(t -> dsg.add(WRITES, t.getSubject(), t.getPredicate(), t.getObject()));
                    dsg.deleteAny(WRITES, COUNTER, VALUE, Node.ANY);
                    dsg.add(WRITES, COUNTER, VALUE, NodeFactory.createLiteralString(String.valueOf(batch)));
                });
                committed.set(batch);
            }
        });
        writer.start();
        while (committed.get() < 3) {
            Thread.sleep(5);
        }
        int before = committed.get();
        Path file = dir.resolve("through-server.nq.gz");
        long started = System.nanoTime();
        Cli.Result taken = Cli.run(dir.resolve("unused"), "backup", "--out", file.toString(), "--server", "http://127.0.0.1:" + server.port());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        int after = committed.get();
        writing.set(false);
        writer.join();
        assertThat(taken.exitCode()).as(taken.err()).isZero();
        assertThat(taken.out()).contains("Backed up").contains("graphs to " + file);
        assertThat(after).as("writes went on during the %d ms backup", millis).isGreaterThan(before);

        Path restored = dir.resolve("restored");
        Cli.Result r = Cli.run(restored, "restore", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Restored").doesNotContain("kept in");

        Map<Node, Graph> original = graphs(store);
        try (Store copy = Store.open(new StoreConfig(restored, StoreConfig.DEFAULT_BASE_IRI))) {
            Map<Node, Graph> back = graphs(copy);
            assertThat(back.keySet()).containsExactlyInAnyOrderElementsOf(original.keySet());
            var g = store.graphs();
            assertThat(back.keySet()).contains(g.ontology(), g.statutesDemo(), g.surveysPrivate(), g.surveysPublic(), g.register(), g.screening(),
                    g.accounts());
            for (Node name : original.keySet()) {
                if (!name.equals(WRITES)) {
                    assertThat(back.get(name).isIsomorphicWith(original.get(name))).as("graph %s restored as it was", name).isTrue();
                }
            }
            // the graph written during the backup holds whole batches only, as of one moment in the writing
            Graph writes = back.get(WRITES);
            int k = Integer.parseInt(writes.find(COUNTER, VALUE, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertThat(k).isBetween(before, after);
            Graph expected = GraphFactory.createGraphMem();
            for (int i = 1; i <= k; i++) {
                batch(i).forEach(expected::add);
            }
            expected.add(COUNTER, VALUE, NodeFactory.createLiteralString(String.valueOf(k)));
            assertThat(writes.isIsomorphicWith(expected)).as("snapshot at batch %d is consistent", k).isTrue();

            assertThat(search(copy, "fi", "sähköisesti")).isEqualTo(search(store, "fi", "sähköisesti")).isNotEmpty();
            assertThat(search(copy, "sv", "skriftligen")).isEqualTo(search(store, "sv", "skriftligen")).isNotEmpty();
        }
    }

    @Test
    void aBackupOfAFolderNoServerHoldsRestoresAsItWas() {
        Path file = dir.resolve("direct.nq.gz");
        Path small = dir.resolve("small");
        assertThat(Cli.run(small, "import", "statutes", org.lexmaturity.TestData.fixture("eli/act-9901-2020.ttl").toString()).exitCode()).isZero();
        Cli.Result r = Cli.run(small, "backup", "--out", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path copy = dir.resolve("small-copy");
        assertThat(Cli.run(copy, "restore", file.toString()).exitCode()).isZero();
        assertThat(dump(copy)).isEqualTo(dump(small));
    }

    @Test
    void refusals() throws Exception {
        Path target = dir.resolve("target");
        Path good = dir.resolve("good.nq.gz");
        assertThat(Cli.run(target, "import", "statutes", org.lexmaturity.TestData.fixture("eli/act-9902-2021.jsonld").toString()).exitCode()).isZero();
        Path other = dir.resolve("other");
        assertThat(Cli.run(other, "import", "statutes", org.lexmaturity.TestData.fixture("eli/act-9901-2020.ttl").toString()).exitCode()).isZero();
        assertThat(Cli.run(other, "backup", "--out", good.toString()).exitCode()).isZero();
        Dump before = dump(target);

        Cli.Result notEmpty = Cli.run(target, "restore", good.toString());
        assertThat(notEmpty.exitCode()).isEqualTo(1);
        assertThat(notEmpty.err()).contains("already holds data").contains("--replace");
        assertThat(dump(target)).isEqualTo(before);

        List<String> lines = lines(good);
        int middle = lines.size() / 2;
        Map<String, byte[]> bad = new TreeMap<>();
        byte[] whole = Files.readAllBytes(good);
        bad.put("cut in half", java.util.Arrays.copyOf(whole, whole.length / 2));
        List<String> broken = new ArrayList<>(lines);
        broken.set(middle, "<urn:x> <urn:y> not-a-term <urn:g> .");
        bad.put("broken line", gzip(broken));
        List<String> shorter = new ArrayList<>(lines);
        shorter.remove(middle);
        bad.put("a line missing", gzip(shorter));
        bad.put("not gzip", "hello".getBytes(StandardCharsets.UTF_8));
        bad.put("not a backup", gzip(lines.subList(middle, lines.size())));
        Map<String, String> expected = Map.of("cut in half", "truncated", "broken line", "line " + (middle + 1),
                "a line missing", "the manifest says", "not gzip", "not a gzip file", "not a backup", "line 1: not a Lexmaturity backup");
        for (var e : bad.entrySet()) {
            Path file = Files.write(dir.resolve(e.getKey().replace(' ', '-') + ".nq.gz"), e.getValue());
            Cli.Result r = Cli.run(target, "restore", file.toString(), "--replace");
            assertThat(r.exitCode()).as(e.getKey() + ": " + r.err()).isEqualTo(1);
            assertThat(r.err()).as(e.getKey()).contains(file.toString()).contains(expected.get(e.getKey()));
            assertThat(dump(target)).as("store unchanged after " + e.getKey()).isEqualTo(before);
            try (var left = Files.list(target)) {
                assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder left").noneMatch(n -> n.startsWith(".restore-"));
            }
        }

        Cli.Result otherBase = Cli.run(target, "--base-iri", "https://example.org/", "restore", good.toString(), "--replace");
        assertThat(otherBase.exitCode()).isEqualTo(1);
        assertThat(otherBase.err()).contains("--base-iri " + StoreConfig.DEFAULT_BASE_IRI);

        Cli.Result replaced = Cli.run(target, "restore", good.toString(), "--replace");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("kept in " + target.resolve("before-restore-"));
        assertThat(dump(target)).isEqualTo(dump(other));
    }

    @Test
    void aBackupOfAFolderAnotherProcessHoldsNamesTheServerOption() throws Exception {
        Path held = dir.resolve("held");
        assertThat(Cli.run(held, "stats").exitCode()).isZero();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                held.resolve("tdb2/tdb.lock").toString()).redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8)).isEqualTo("locked");
            Cli.Result r = Cli.run(held, "backup", "--out", dir.resolve("held.nq.gz").toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("is in use by another process").contains("--server");
            assertThat(dir.resolve("held.nq.gz")).doesNotExist();
            Cli.Result restore = Cli.run(held, "restore", dir.resolve("held.nq.gz").toString());
            assertThat(restore.exitCode()).isEqualTo(1);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroy();
        }
    }

    @Test
    void theServerRouteIsForAdministratorsOnly() {
        BackupCommand.environment = Map.of(BackupCommand.USER, "analyst", BackupCommand.PASSWORD, TestUsers.PASSWORD)::get;
        Cli.Result r = Cli.run(dir.resolve("unused"), "backup", "--out", dir.resolve("denied.nq.gz").toString(), "--server", "http://127.0.0.1:" + server.port());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("answered 403").contains("admin");
        BackupCommand.environment = Map.<String, String>of()::get;
        Cli.Result none = Cli.run(dir.resolve("unused"), "backup", "--out", dir.resolve("denied.nq.gz").toString(), "--server", "http://127.0.0.1:" + server.port());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("LEXMATURITY_USER").contains("LEXMATURITY_PASSWORD");
        assertThat(dir.resolve("denied.nq.gz")).doesNotExist();
    }

    private static List<Triple> batch(int i) {
        List<Triple> t = new ArrayList<>();
        for (int j = 0; j < 20; j++) {
            t.add(Triple.create(NodeFactory.createURI("urn:test:batch/" + i), NodeFactory.createURI("urn:test:p" + j), NodeFactory.createLiteralString(i + "/" + j)));
        }
        return t;
    }

    /** Every graph copied into memory (from one read transaction), by name. */
    static Map<Node, Graph> graphs(Store s) {
        return s.read(dsg -> {
            Map<Node, Graph> out = new java.util.HashMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createGraphMem();
                dsg.getGraph(g).find().forEachRemaining(copy::add);
                out.put(g, copy);
            });
            return out;
        });
    }

    private static List<List<Object>> search(Store s, String language, String text) {
        return new AnalysisRunner(s, AnalysisCatalogue.load()).run("fulltext-search", Map.of("text", text, "language", language), "en").rows();
    }

    /** Every graph of the store in a folder, compared by isomorphism (blank nodes get new labels in a restored store). */
    static Dump dump(Path data) {
        try (Store s = Store.open(new StoreConfig(data, StoreConfig.DEFAULT_BASE_IRI))) {
            return new Dump(graphs(s));
        }
    }

    record Dump(Map<Node, Graph> graphs) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Dump d && d.graphs.keySet().equals(graphs.keySet())
                    && graphs.keySet().stream().allMatch(g -> graphs.get(g).isIsomorphicWith(d.graphs.get(g)));
        }

        @Override
        public int hashCode() {
            return graphs.keySet().hashCode();
        }

        @Override
        public String toString() {
            return graphs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).sorted().toList().toString();
        }
    }

    private static List<String> lines(Path gz) throws IOException {
        try (var in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static byte[] gzip(List<String> lines) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(b)) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }
}
