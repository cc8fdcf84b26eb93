package org.lexmaturity.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.web.WebServer;

/**
 * One server with the demo data, shared by every browser test class of a run (loading the demo takes seconds; each
 * browser test starts its own Chromium). Tests that change data use their own ids, so they do not disturb each other.
 */
public final class DemoSite {
    private static Store store;
    private static WebServer server;

    private DemoSite() {}

    public static synchronized String base() {
        if (server == null) {
            try {
                Path data = Files.createTempDirectory("lexmaturity-ui");
                store = Store.open(new StoreConfig(data, StoreConfig.DEFAULT_BASE_IRI));
                Ontology.install(store);
                DemoData.loadIntoEmpty(store, s -> { });
                server = WebServer.start(store, "127.0.0.1", 0);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    store.close();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://127.0.0.1:" + server.port();
    }

    public static synchronized Store store() {
        base();
        return store;
    }
}
