package org.lexmaturity;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/** A test on a real TDB2 store of its own in a temporary folder, with the ontology installed, opened and closed per test. */
public abstract class StoreTest {
    @TempDir
    protected Path dir;
    protected Store store;

    @BeforeEach
    void openStore() {
        store = TestStores.open(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI);
        Ontology.install(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
