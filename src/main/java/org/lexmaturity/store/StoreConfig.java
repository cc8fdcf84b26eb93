package org.lexmaturity.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the store lives and which base IRI the tool mints its own resources under.
 *
 * @param dataDir folder holding the TDB2 database ({@code tdb2/}), the text index ({@code text/}) and generated files
 * @param baseIri base of every IRI the tool creates (barriers, graphs, acts without a publisher IRI); ends with '/'
 * @param remote  a remote SPARQL 1.1 store to use instead of the embedded TDB2 one; absent for the embedded store
 */
public record StoreConfig(Path dataDir, String baseIri, Optional<RemoteEndpoint> remote) {
    public static final String DEFAULT_BASE_IRI = "http://localhost:8080/";

    public StoreConfig {
        if (!baseIri.endsWith("/")) {
            baseIri = baseIri + "/";
        }
    }

    /** The embedded store in {@code dataDir}. */
    public StoreConfig(Path dataDir, String baseIri) {
        this(dataDir, baseIri, Optional.empty());
    }

    public Graphs graphs() {
        return new Graphs(baseIri);
    }
}
