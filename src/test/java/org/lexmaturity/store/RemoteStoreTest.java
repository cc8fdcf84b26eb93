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
    void aLargeWriteWithBlankNodesGoesAsOneRequestOfBoundedOperationsAndComesBackWhole() {
        Node g = graphs.register();
        // 2,500 plain quads, a list of 1,200 cells (one chain of blank nodes) and 300 small blank-node records
        PendingChanges pending = new PendingChanges();
        List<Quad> written = new java.util.ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            written.add(Quad.create(g, iri("s" + i), iri("p"), NodeFactory.createLiteralLang("teksti " + i, "fi")));
        }
        Node head = NodeFactory.createBlankNode();
        written.add(Quad.create(g, iri("list"), iri("items"), head));
        Node cell = head;
        for (int i = 0; i < 1200; i++) {
            Node next = i == 1199 ? org.apache.jena.vocabulary.RDF.nil.asNode() : NodeFactory.createBlankNode();
            written.add(Quad.create(g, cell, org.apache.jena.vocabulary.RDF.first.asNode(), NodeFactory.createLiteralString("item " + i)));
            written.add(Quad.create(g, cell, org.apache.jena.vocabulary.RDF.rest.asNode(), next));
            cell = next;
        }
        for (int i = 0; i < 300; i++) {
            Node record = NodeFactory.createBlankNode();
            written.add(Quad.create(g, iri("owner" + i), iri("has"), record));
            written.add(Quad.create(g, record, iri("value"), NodeFactory.createLiteralString("v" + i)));
        }
        written.forEach(pending::add);
        List<org.apache.jena.update.Update> operations = pending.toUpdate().getOperations();
        long largest = operations.stream().mapToLong(RemoteStoreTest::quads).max().orElse(0);
        assertThat(largest).as("the list's 2,401 quads share blank nodes: one operation; nothing else above 1,000").isEqualTo(2401);
        assertThat(operations.stream().filter(o -> quads(o) != 2401).mapToLong(RemoteStoreTest::quads).max().orElse(0)).isLessThanOrEqualTo(1000);
        assertThat(operations.stream().mapToLong(RemoteStoreTest::quads).sum()).isEqualTo(written.size());

        store.writeAll(dsg -> written.forEach(dsg::add));
        assertThat(count(g)).isEqualTo(written.size());
        long cellsBack = store.read(dsg -> {
            Node c = dsg.find(g, iri("list"), iri("items"), Node.ANY).next().getObject();
            long n = 0;
            while (!c.equals(org.apache.jena.vocabulary.RDF.nil.asNode())) {
                n++;
                c = dsg.find(g, c, org.apache.jena.vocabulary.RDF.rest.asNode(), Node.ANY).next().getObject();
            }
            return n;
        });
        assertThat(cellsBack).as("the list is one chain again").isEqualTo(1200);
    }

    private static long quads(org.apache.jena.update.Update u) {
        if (u instanceof org.apache.jena.sparql.modify.request.UpdateData d) {
            return d.getQuads().size();
        }
        if (u instanceof org.apache.jena.sparql.modify.request.UpdateModify m) {
            return m.getInsertQuads().size();
        }
        return 0;
    }

    @Test
    void aQueryOnThePublicViewNamesNoGraphOutsideIt() {
        Node hidden = graphs.surveysPrivate();
        org.apache.jena.query.Query q = org.apache.jena.query.QueryFactory.create("SELECT ?o { ?s ?p ?o FILTER EXISTS { GRAPH <" + hidden.getURI()
                + "> { ?s ?p ?o } } GRAPH <" + hidden.getURI() + "> { ?a ?b ?c } GRAPH <" + graphs.register().getURI() + "> { ?d ?e ?f } }");
        String sent = RemoteQueryEngine.withoutHiddenGraphs(q, List.of(graphs.register())).toString();
        assertThat(sent).doesNotContain(hidden.getURI()).contains(graphs.register().getURI()).contains("urn:x-lexmaturity:no-graph");
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
