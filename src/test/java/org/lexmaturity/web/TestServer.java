package org.lexmaturity.web;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.lexmaturity.auth.AuthSettings;
import org.lexmaturity.sparql.EndpointSettings;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/**
 * A real server on a free loopback port over a TDB2 store in a temporary folder, holding the ontology, what
 * {@code load} puts in, and one account per role ({@link TestUsers}).
 */
record TestServer(Store store, WebServer server) implements AutoCloseable {

    static TestServer start(Path dir, Consumer<Store> load) {
        return start(dir, load, EndpointSettings.fromEnvironment());
    }

    static TestServer start(Path dir, Consumer<Store> load, EndpointSettings endpoint) {
        Store store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        load.accept(store);
        TestUsers.create(store);
        return new TestServer(store, WebServer.start(store, "127.0.0.1", 0, AuthSettings.defaults(), endpoint));
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
