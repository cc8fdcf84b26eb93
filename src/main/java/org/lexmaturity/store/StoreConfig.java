package org.lexmaturity.store;

import java.nio.file.Path;

/**
 * Where the store lives and which base IRI the tool mints its own resources under.
 *
 * @param dataDir folder holding the TDB2 database ({@code tdb2/}), the text index ({@code text/}) and generated files
 * @param baseIri base of every IRI the tool creates (barriers, graphs, acts without a publisher IRI); ends with '/'
 */
public record StoreConfig(Path dataDir, String baseIri) {
    public static final String DEFAULT_BASE_IRI = "http://localhost:8080/";

    public StoreConfig {
        if (!baseIri.endsWith("/")) {
            baseIri = baseIri + "/";
        }
    }

    public Graphs graphs() {
        return new Graphs(baseIri);
    }
}
