package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.sparql.QueryFiles;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/**
 * The example queries of the SPARQL page parse, and each finds something in the demo data when it sees the public
 * graphs only, as the public endpoint does: an example that shows nothing would teach nothing.
 */
class QueryExamplesTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void load() {
        store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI));
        Ontology.install(store);
        DemoData.loadIntoEmpty(store, s -> { });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> examples() {
        return QueryPage.EXAMPLES;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void findsRowsInThePublicGraphs(String id) {
        var query = QueryFiles.get("examples/" + id);
        List<Node> visible = store.graphs().publicGraphs();
        int rows = store.read(all -> {
            DatasetGraph view = new DatasetGraphFilteredView(all, q -> visible.contains(q.getGraph()), visible);
            try (QueryExec exec = QueryExec.dataset(view).query(query).build()) {
                RowSet r = exec.select();
                int n = 0;
                while (r.hasNext()) {
                    assertThat(r.next().vars().hasNext()).isTrue();
                    n++;
                }
                return n;
            }
        });
        assertThat(rows).as("rows of example %s", id).isPositive();
    }
}
