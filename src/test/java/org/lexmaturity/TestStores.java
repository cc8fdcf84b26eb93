package org.lexmaturity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;
import org.lexmaturity.store.RemoteEndpoint;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/**
 * The store a test suite runs on: the embedded TDB2 store, or — with {@code -Dlexmaturity.test.store=fuseki} (the
 * {@code remote-store} run of the build) — the same suite on Apache Jena Fuseki started on loopback, serving a TDB2
 * database with the same text index, reached through {@code --store sparql:URL} as a user would.
 */
public final class TestStores {
    /** How many Fuseki servers stay up at once; the eldest is stopped (its data stays on disk) beyond that. */
    private static final int LIVE_SERVERS = 4;
    private static final Map<Path, Running> SERVERS = new LinkedHashMap<>();

    private record Running(FusekiServer server, Dataset dataset, TextIndex index, Dataset tdb) {
        void stop() {
            server.stop();
            try {
                // closing the text dataset closes its index, too
                dataset.close();
            } catch (RuntimeException e) {
                // the test's temporary folder is already gone: there is nothing left to keep
            }
            try {
                TDBInternal.expel(tdb.asDatasetGraph());
            } catch (RuntimeException e) {
                // a query the server was still running holds it; the folder is a test's and goes with it
            }
        }
    }

    public static boolean remote() {
        return fuseki() || virtuoso();
    }

    private static boolean fuseki() {
        return "fuseki".equals(System.getProperty("lexmaturity.test.store", ""));
    }

    /** The run on Virtuoso ({@code -Dlexmaturity.test.store=virtuoso}): another engine, no jena-text. */
    public static boolean virtuoso() {
        return "virtuoso".equals(System.getProperty("lexmaturity.test.store", ""));
    }

    /** The configuration for a store kept in {@code dataDir} (the Fuseki server's database lives there, too). */
    public static StoreConfig config(Path dataDir, String baseIri) {
        if (virtuoso()) {
            return new StoreConfig(dataDir, baseIri, java.util.Optional.of(virtuosoFor(dataDir).endpoint()));
        }
        if (!remote()) {
            return new StoreConfig(dataDir, baseIri);
        }
        return fuseki(dataDir, baseIri);
    }

    /** A store on Fuseki on loopback whatever the run: for tests of what only a remote store allows (several servers). */
    public static StoreConfig fuseki(Path dataDir, String baseIri) {
        int port = fusekiFor(dataDir).server().getPort();
        return new StoreConfig(dataDir, baseIri, java.util.Optional.of(RemoteEndpoint.at("http://127.0.0.1:" + port + "/lexmaturity")));
    }

    public static Store open(Path dataDir, String baseIri) {
        return Store.open(config(dataDir, baseIri));
    }

    public static Store open(Path dataDir) {
        return open(dataDir, StoreConfig.DEFAULT_BASE_IRI);
    }

    private static synchronized Running fusekiFor(Path dataDir) {
        return live(SERVERS, dataDir, key -> start(key.resolve("fuseki")), Running::stop);
    }

    private static final Map<Path, VirtuosoServer> VIRTUOSO = new LinkedHashMap<>();

    private static synchronized VirtuosoServer virtuosoFor(Path dataDir) {
        return live(VIRTUOSO, dataDir, key -> {
            if (!VirtuosoServer.installed()) {
                String why = "Virtuoso is not installed (Debian: apt-get install virtuoso-opensource)";
                if (Boolean.getBoolean("lexmaturity.virtuoso.required")) {
                    throw new IllegalStateException(why);
                }
                org.junit.jupiter.api.Assumptions.abort(why);
            }
            return VirtuosoServer.start(key.resolve("virtuoso"));
        }, VirtuosoServer::stop);
    }

    /**
     * The server of {@code dataDir}, started when it has none, and marked as the most recently used; beyond
     * {@link #LIVE_SERVERS} the least recently used one is stopped (its data stays on disk).
     */
    private static <T> T live(Map<Path, T> servers, Path dataDir, java.util.function.Function<Path, T> start,
            java.util.function.Consumer<T> stop) {
        Path key = dataDir.toAbsolutePath().normalize();
        T running = servers.remove(key);
        if (running == null) {
            running = start.apply(key);
        }
        servers.put(key, running);
        while (servers.size() > LIVE_SERVERS) {
            Iterator<T> eldest = servers.values().iterator();
            stop.accept(eldest.next());
            eldest.remove();
        }
        return running;
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (TestStores.class) {
                VIRTUOSO.values().forEach(VirtuosoServer::stop);
            }
        }, "virtuoso-stop"));
    }

    /** The test store's own limit on a query, in milliseconds, as in a deployment's Fuseki configuration. */
    static final String STORE_QUERY_TIMEOUT = "30000";

    private static Running start(Path folder) {
        try {
            Files.createDirectories(folder.resolve("text"));
            Dataset tdb = TDB2Factory.connectDataset(folder.resolve("tdb2").toString());
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(folder.resolve("text")), Store.textIndexConfig());
            Dataset dataset = TextDatasetFactory.create(tdb, index, true);
            // as a deployed store is configured: a server-wide time limit, so a query the application gave up on does not
            // run on in the store (a request's own shorter "timeout" is honoured as well)
            dataset.getContext().set(ARQ.queryTimeout, STORE_QUERY_TIMEOUT);
            FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/lexmaturity", dataset.asDatasetGraph()).build().start();
            return new Running(server, dataset, index, tdb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestStores() {}
}
