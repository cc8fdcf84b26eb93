package org.lexmaturity.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.lexmaturity.ingest.ImportSummary;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.ingest.StatuteSource;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreStats;

/**
 * The demonstration data set shipped in the jar: about thirty fictional Finnish acts in Akoma Ntoso (Finnish and
 * Swedish), numbered 9001/YEAR and up so they never collide with real acts, marked {@code lxm:demonstrationData}.
 */
public final class DemoData {
    static final String STATUTES = "demo/statutes";

    private DemoData() {}

    /** Loads the demo set into an empty store; a store that already holds acts is left alone. */
    public static ImportSummary loadIntoEmpty(Store store, Consumer<String> progress) {
        if (StoreStats.of(store).acts() > 0) {
            progress.accept("The store already holds acts; the demo data set is not loaded again.");
            return new ImportSummary(0, 0, 0, List.of());
        }
        ImportSummary summary = StatuteImport.create(store, progress).importSources(statuteFiles());
        if (!summary.complete()) {
            throw new IllegalStateException("the shipped demo data does not import: " + summary.refused());
        }
        return summary;
    }

    /** The demo statute files, read from the class path (a folder in development, the jar when packaged). */
    public static List<StatuteSource> statuteFiles() {
        URL url = DemoData.class.getClassLoader().getResource(STATUTES);
        if (url == null) {
            throw new IllegalStateException(STATUTES + " is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(fs.provider().getPath(uri));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list " + STATUTES, e);
        }
    }

    private static List<StatuteSource> read(Path folder) throws IOException {
        List<StatuteSource> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList()) {
                try {
                    out.add(new StatuteSource(f.getFileName().toString(), Files.readAllBytes(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }
}
