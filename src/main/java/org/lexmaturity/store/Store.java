package org.lexmaturity.store;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.TxnType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;
import org.lexmaturity.vocab.LXM;

/**
 * The store: by default a TDB2 database with a Lucene full-text index over provision texts, in one data folder;
 * or a remote SPARQL 1.1 store ({@link RemoteDatasetGraph}) behind the same interface.
 *
 * <p>This is the only class that opens transactions. TDB2 allows one writer and many readers; a transaction
 * belongs to the thread that began it, so callers pass the whole unit of work in and get plain values back.
 */
public final class Store implements AutoCloseable {
    /** Lucene field names of the text index. */
    private static final String FIELD_ENTITY = "uri";
    private static final String FIELD_TEXT = "text";

    private final StoreConfig config;
    private final Dataset dataset;
    /** Releases what the store holds (files, locks, the index writer). */
    private final Runnable release;
    private final Commits commits;

    private Store(StoreConfig config, Dataset dataset, Runnable release) {
        this(config, dataset, release, new Commits());
    }

    private Store(StoreConfig config, Dataset dataset, Runnable release, Commits commits) {
        this.config = config;
        this.dataset = dataset;
        this.release = release;
        this.commits = commits;
    }

    /**
     * Opens the store {@code config} names: the remote SPARQL store when it names one, else the embedded store in
     * {@code config.dataDir()} (created when absent).
     */
    public static Store open(StoreConfig config) {
        return config.remote().map(remote -> openRemote(config, remote)).orElseGet(() -> openEmbedded(config));
    }

    /** A remote SPARQL 1.1 store; full-text search is the remote store's own (see the README). */
    private static Store openRemote(StoreConfig config, RemoteEndpoint remote) {
        RemoteQueryEngine.register();
        return new Store(config, DatasetFactory.wrap(new RemoteDatasetGraph(remote)), () -> { });
    }

    private static Store openEmbedded(StoreConfig config) {
        Path tdb = config.dataDir().resolve("tdb2");
        Path text = config.dataDir().resolve("text");
        try {
            Files.createDirectories(tdb);
            Files.createDirectories(text);
            Dataset base = TDB2Factory.connectDataset(tdb.toString());
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(text), textIndexConfig());
            Dataset dataset = TextDatasetFactory.create(base, index, false);
            return new Store(config, dataset, () -> {
                dataset.close();
                // the Lucene writer holds a lock on the index folder until it is closed
                index.close();
                // release the database files so the same folder can be opened again in this JVM (tests, restore)
                TDBInternal.expel(base.asDatasetGraph());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the store in " + config.dataDir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Provision texts are indexed per language: Finnish and Swedish literals get Lucene's Finnish and Swedish
     * analysers (stemming), so a query with {@code "lang:fi"} finds other inflections of the same word.
     */
    public static TextIndexConfig textIndexConfig() {
        EntityDefinition entity = new EntityDefinition(FIELD_ENTITY, FIELD_TEXT, LXM.text);
        // no graph field: with one, text:query only finds literals of the graph it is evaluated in, and every
        // indexed literal (provision text) lives in a public statute graph anyway
        entity.setLangField("lang");
        // without a uid field, deleting a triple would leave its text in the index
        entity.setUidField("uid");
        TextIndexConfig config = new TextIndexConfig(entity);
        config.setMultilingualSupport(true);
        return config;
    }

    public StoreConfig config() {
        return config;
    }

    /**
     * The base IRIs the data already in the store was minted under, told by the names of its graphs; empty for an
     * empty store. More than one means data of two bases was mixed.
     */
    public Set<String> recordedBaseIris() {
        return read(dsg -> {
            Set<String> bases = new TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(g -> Graphs.baseOf(g).ifPresent(bases::add));
            return bases;
        });
    }

    /** The same store, minting under another base IRI (chosen once at start, before anything is written). */
    public Store withBaseIri(String baseIri) {
        return new Store(new StoreConfig(config.dataDir(), baseIri, config.remote()), dataset, release, commits);
    }

    public Graphs graphs() {
        return config.graphs();
    }

    /** Runs {@code work} in a read transaction and returns its result, which must not hold live iterators. */
    public <T> T read(Function<DatasetGraph, T> work) {
        if (dataset.isInTransaction()) {
            return work.apply(dataset.asDatasetGraph());
        }
        // begin/end without abort: a read has nothing to roll back, and ending it whatever happened (a query
        // cancelled by its timeout included) leaves the worker thread free for its next transaction
        dataset.begin(TxnType.READ);
        try {
            return work.apply(dataset.asDatasetGraph());
        } finally {
            dataset.end();
        }
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or, if it throws, none of it. */
    public <T> T write(Function<DatasetGraph, T> work) {
        if (dataset.isInTransaction()) {
            return Txn.calculateWrite(dataset, () -> work.apply(dataset.asDatasetGraph())); // the outer write commits
        }
        try (WriteGate.Turn turn = commits.gate().enter()) {
            T result = Txn.calculateWrite(dataset, () -> work.apply(dataset.asDatasetGraph()));
            commits.committed();
            return result;
        }
    }

    /** Writers of this store pass {@code gate} first (several servers on one remote store take turns through it). */
    public void writeGate(WriteGate gate) {
        commits.gate(gate);
    }

    /**
     * How many write transactions this process has committed: a value computed from the store stays right while this
     * number is unchanged (for this process's writes; another process writing to a remote store is not seen).
     */
    public long commits() {
        return commits.count();
    }

    /** Runs {@code listener} after each write transaction this process commits. */
    public void onCommit(Runnable listener) {
        commits.listen(listener);
    }

    /**
     * Another process committed to this (remote) store and said so: values computed from the store are taken again.
     * Without such word, caches of a remote store age out after a minute.
     */
    public void changedElsewhere() {
        commits.committedElsewhere();
    }

    public void writeAll(Consumer<DatasetGraph> work) {
        write(dsg -> {
            work.accept(dsg);
            return null;
        });
    }


    @Override
    public void close() {
        release.run();
    }

    /** True for a remote SPARQL store, false for the embedded TDB2 one. */
    public boolean isRemote() {
        return config.remote().isPresent();
    }
}
