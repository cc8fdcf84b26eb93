package org.lexmaturity.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.sparql.PublicView;

/**
 * The store on a remote SPARQL store (Fuseki on loopback): a write transaction is applied whole at commit or not at
 * all, its own reads see its changes, queries go to the store, and a view keeps the private graphs out there too.
 */
class RemoteStoreTest {
    @TempDir
    Path dir;
    Store store;
    Graphs graphs;

    @BeforeEach
    void open() {
        System.setProperty("lexmaturity.test.store", "fuseki");
        try {
            store = org.lexmaturity.TestStores.open(dir);
        } finally {
            System.clearProperty("lexmaturity.test.store");
        }
        graphs = store.graphs();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Node iri(String s) {
        return NodeFactory.createURI("http://example.org/" + s);
    }

    private long count(Node graph) {
        return store.read(dsg -> {
            long[] n = {0};
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    @Test
    void aCommittedWriteIsStoredAndAFailedOneLeavesNothing() {
        Node g = graphs.register();
        store.writeAll(dsg -> {
            dsg.add(g, iri("a"), iri("p"), NodeFactory.createLiteralString("one"));
            dsg.add(g, iri("b"), iri("p"), NodeFactory.createLiteralLang("kaksi", "fi"));
            // the transaction sees its own change before it is sent
            assertThat(dsg.contains(g, iri("a"), iri("p"), Node.ANY)).isTrue();
        });
        assertThat(store.isRemote()).isTrue();
        assertThat(count(g)).isEqualTo(2);

        assertThatThrownBy(() -> store.writeAll(dsg -> {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            dsg.add(g, iri("c"), iri("p"), iri("d"));
            assertThat(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)).toIterable().containsExactly(Quad.create(g, iri("c"), iri("p"), iri("d")));
            throw new IllegalStateException("refused half way");
        })).hasMessageContaining("half way");
        assertThat(count(g)).as("nothing of the failed transaction reached the store").isEqualTo(2);

        store.writeAll(dsg -> dsg.delete(g, iri("a"), iri("p"), NodeFactory.createLiteralString("one")));
        assertThat(count(g)).isEqualTo(1);
    }

    @Test
    void aPublicViewDoesNotSeeThePrivateGraphEvenWithGraphVariables() {
        store.writeAll(dsg -> {
            dsg.add(graphs.surveysPrivate(), iri("secret"), iri("says"), NodeFactory.createLiteralString("do not publish"));
            dsg.add(graphs.register(), iri("barrier"), iri("says"), NodeFactory.createLiteralString("public"));
        });
        PublicView view = new PublicView(graphs.publicGraphs());
        List<String> seen = store.read(all -> {
            List<String> out = new java.util.ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(view.over(all)).query("SELECT ?o { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }").build()) {
                exec.select().forEachRemaining(b -> out.add(b.get("o").getLiteralLexicalForm()));
            }
            return out;
        });
        assertThat(seen).contains("public").doesNotContain("do not publish");
    }

    @Test
    void anUnreachableStoreIsNamedInTheError() {
        StoreConfig config = new StoreConfig(dir, StoreConfig.DEFAULT_BASE_IRI, Optional.of(RemoteEndpoint.at("http://127.0.0.1:9/nothing")));
        try (Store down = Store.open(config)) {
            assertThatThrownBy(() -> down.read(dsg -> dsg.find(graphs.register(), Node.ANY, Node.ANY, Node.ANY).hasNext()))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("http://127.0.0.1:9/nothing");
        }
    }

    @Test
    void theStoreOptionIsReadFromTheCommandLineForm() {
        RemoteEndpoint e = RemoteEndpoint.parse("sparql:https://triples.example.org/ds", Map.of("LEXMATURITY_STORE_UPDATE_URL", "https://triples.example.org/ds/update"));
        assertThat(e.query()).hasToString("https://triples.example.org/ds");
        assertThat(e.update()).hasToString("https://triples.example.org/ds/update");
        assertThatThrownBy(() -> RemoteEndpoint.parse("http://x/ds", Map.of())).hasMessageContaining("sparql:URL");
        assertThatThrownBy(() -> RemoteEndpoint.parse("sparql:ftp://x/ds", Map.of())).hasMessageContaining("not an http or https URL");
    }
}
