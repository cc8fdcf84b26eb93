package org.lexmaturity.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;

/**
 * Restores a {@link Backup} into a data folder without ever leaving it half-written: the backup is loaded into a
 * fresh folder beside the store (TDB2 and text index built by loading through a {@link Store}), checked against its
 * manifest, and only then swapped in by renaming folders. The store must not be open anywhere (stop the server).
 */
public final class Restore {
    private static final String[] STORE_FOLDERS = {"tdb2", "text"};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What was restored, and where the store it replaced was put (empty when there was none). */
    public record Result(Backup.Manifest manifest, Optional<Path> previous) {}

    /** Refused before anything was touched: the store holds data and replacing was not asked for. */
    public static final class NotEmpty extends IllegalStateException {
        NotEmpty(String message) {
            super(message);
        }
    }

    private final StoreConfig config;

    public Restore(StoreConfig config) {
        this.config = config;
    }

    public Result restore(Path backup, boolean replace, Instant now) {
        Backup.Manifest manifest = Backup.manifest(backup);
        if (!manifest.baseIri().equals(config.baseIri())) {
            throw new IllegalArgumentException("Backup " + backup + " was taken with base IRI " + manifest.baseIri() + ", but this store uses "
                    + config.baseIri() + ": give --base-iri " + manifest.baseIri() + " (the graph names depend on it)");
        }
        Path dir = config.dataDir();
        long held = triplesOutsideOntology();
        if (held > 0 && !replace) {
            throw new NotEmpty("The store in " + dir + " already holds data (" + held + " triples besides the ontology); restore does not "
                    + "overwrite it unless given --replace (the current store is then kept beside it)");
        }
        String stamp = STAMP.format(now);
        Path staging = dir.resolve(".restore-" + stamp);
        try {
            Files.createDirectories(dir);
            try (Store fresh = Store.open(new StoreConfig(staging, config.baseIri()))) {
                Backup.load(backup, fresh);
            }
            Optional<Path> previous = swapIn(staging, dir.resolve("before-restore-" + stamp));
            return new Result(manifest, previous);
        } catch (IOException e) {
            throw new UncheckedIOException("Restore into " + dir + " failed: " + e.getMessage() + " (the store is unchanged)", e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Triples in every graph but the ontology (which every store opened by the tool has), 0 when there is no store. */
    private long triplesOutsideOntology() {
        if (!Files.isDirectory(config.dataDir().resolve("tdb2"))) {
            return 0;
        }
        try (Store store = Store.open(config)) {
            Node ontology = config.graphs().ontology();
            return store.read(dsg -> {
                long n = dsg.getDefaultGraph().size();
                for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                    Node g = it.next();
                    if (!g.equals(ontology)) {
                        n += dsg.getGraph(g).size();
                    }
                }
                return n;
            });
        }
    }

    /** Moves the current store folders aside (if any) and the staged ones in; on failure, puts the old ones back. */
    private static Optional<Path> swapIn(Path staging, Path aside) throws IOException {
        Path dir = staging.getParent();
        boolean hadStore = Stream.of(STORE_FOLDERS).anyMatch(f -> Files.exists(dir.resolve(f)));
        if (hadStore) {
            Files.createDirectories(aside);
            for (String f : STORE_FOLDERS) {
                if (Files.exists(dir.resolve(f))) {
                    Files.move(dir.resolve(f), aside.resolve(f), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
        try {
            for (String f : STORE_FOLDERS) {
                Files.move(staging.resolve(f), dir.resolve(f), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            for (String f : STORE_FOLDERS) {
                if (Files.exists(dir.resolve(f)) && !Files.exists(staging.resolve(f))) {
                    Files.move(dir.resolve(f), staging.resolve(f), StandardCopyOption.ATOMIC_MOVE);
                }
                if (hadStore && Files.exists(aside.resolve(f))) {
                    Files.move(aside.resolve(f), dir.resolve(f), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            throw e;
        }
        return hadStore ? Optional.of(aside) : Optional.empty();
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over staging folder is harmless: its name says what it is
        }
    }
}
