package org.lexmaturity.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestStores;
import org.lexmaturity.TestData;
import org.lexmaturity.cli.Cli;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.store.StoreStats;

/** Screening stored in TDB2: replacing by rule version and scope, and a run over the real 2019 statute book. */
class ScreeningRunTest {
    @TempDir
    Path dir;

    @Test
    void reScreeningReplacesTheFindingsOfTheSameRuleVersion() {
        try (Store store = TestStores.open(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI)) {
            Ontology.install(store);
            DemoData.loadStatutes(store, s -> { });
            ScreeningRun run = new ScreeningRun(store, IndicatorRules.shipped(), Clock.systemUTC());
            ScreeningRun.Result first = run.run(Optional.empty());
            assertThat(first.texts()).isGreaterThan(300);
            assertThat(first.findings()).isGreaterThan(100);
            assertThat(first.replaced()).isZero();
            assertThat(StoreStats.of(store).findings()).isEqualTo(first.findings());

            ScreeningRun.Result again = run.run(Optional.empty());
            assertThat(again.replaced()).isEqualTo(first.findings());
            assertThat(StoreStats.of(store).findings()).isEqualTo(first.findings());

            ScreeningRun.Result one = run.run(Optional.of(ActNumber.parseLocal("9001/2016")));
            assertThat(one.findings()).isPositive().isLessThan(first.findings());
            assertThat(one.replaced()).isEqualTo(one.findings());
            assertThat(StoreStats.of(store).findings()).isEqualTo(first.findings());
        }
    }

    @Test
    void everyFindingRecordsTheActOfItsProvisionAndOlderFindingsGetItFromTheNextRun() {
        String actOfProvision = """
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                PREFIX lxm: <https://w3id.org/lexmaturity/ns#>
                SELECT (COUNT(?f) AS ?all) (SUM(IF(BOUND(?recorded) && ?recorded = ?a, 1, 0)) AS ?right) WHERE {
                  GRAPH ?s { ?f a lxm:Finding ; lxm:concernsProvision ?p OPTIONAL { ?f lxm:concernsAct ?recorded } }
                  GRAPH ?g { ?p eli:is_part_of+ ?a . ?a a eli:LegalResource }
                }""";
        try (Store store = TestStores.open(dir.resolve("acts"), StoreConfig.DEFAULT_BASE_IRI)) {
            Ontology.install(store);
            DemoData.loadStatutes(store, s -> { });
            ScreeningRun run = new ScreeningRun(store, IndicatorRules.shipped(), Clock.systemUTC());
            int findings = run.run(Optional.empty()).findings();
            assertThat(counts(store, actOfProvision)).containsExactly((long) findings, (long) findings);

            // as a store written before the act was recorded: a run over one act restores it on every finding
            store.writeAll(dsg -> dsg.getGraph(store.graphs().screening()).remove(org.apache.jena.graph.Node.ANY,
                    org.lexmaturity.vocab.LXM.concernsAct, org.apache.jena.graph.Node.ANY));
            assertThat(counts(store, actOfProvision)).containsExactly((long) findings, 0L);
            run.run(Optional.of(ActNumber.parseLocal("9001/2016")));
            assertThat(counts(store, actOfProvision)).containsExactly((long) findings, (long) findings);
        }
    }

    private static List<Long> counts(Store store, String query) {
        return store.read(dsg -> {
            try (var exec = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(query).build()) {
                var b = exec.select().next();
                return List.of(((Number) b.get("all").getLiteralValue()).longValue(), ((Number) b.get("right").getLiteralValue()).longValue());
            }
        });
    }

    @Test
    void theCommandScreensAndReportsAndAnUnknownActIsAnError() {
        Path data = dir.resolve("cli");
        try (Store store = TestStores.open(data, StoreConfig.DEFAULT_BASE_IRI)) {
            Ontology.install(store);
            DemoData.loadStatutes(store, s -> { });
        }
        Cli.Result r = Cli.run(data, "screen");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("Screened \\d+ provision texts \\(the current text of each act\\) with rules "
                        + java.util.regex.Pattern.quote(IndicatorRules.shipped().version()) + " in [\\d.]+ s: \\d+ findings \\(0 earlier findings replaced\\)\\.")
                .contains(Morphologies.system().summary())
                .contains("Stored the automatic maturity scores of 30 acts.");
        try (Store store = TestStores.open(data, StoreConfig.DEFAULT_BASE_IRI)) {
            long stored = store.read(dsg -> dsg.getGraph(store.graphs().screening())
                    .find(org.apache.jena.graph.Node.ANY, org.lexmaturity.vocab.LXM.term("method"), org.apache.jena.graph.NodeFactory.createLiteralString("automatic"))
                    .toList().size());
            assertThat(stored).isEqualTo(30);
        }
        Cli.Result bad = Cli.run(data, "screen", "--act", "2016/9999");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("act 9999/2016 is not in the store");
        assertThat(Cli.run(data, "screen", "--act", "9999").exitCode()).isEqualTo(2);
    }

    @Test
    void theRealStatutesOf2019AreScreenedWithSensibleFindings() {
        try (Store store = TestStores.open(dir.resolve("real"), StoreConfig.DEFAULT_BASE_IRI)) {
            Ontology.install(store);
            StatuteImport.create(store, s -> { }).importPaths(List.of(TestData.path("legislation/finlex-xml/asd-fi-2019.tar.gz")));
            ScreeningRun.Result r = new ScreeningRun(store, IndicatorRules.shipped(), Clock.systemUTC()).run(Optional.empty());
            System.out.printf("2019 statute book: %d texts screened, %d findings in %d ms%n", r.texts(), r.findings(), r.took().toMillis());
            Map<String, Long> byIndicator = store.read(dsg -> {
                Map<String, Long> m = new TreeMap<>();
                String q = "PREFIX lxm: <https://w3id.org/lexmaturity/ns#> SELECT ?i (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f lxm:indicator ?i } } GROUP BY ?i";
                try (var exec = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(q).build()) {
                    exec.select().forEachRemaining(b -> m.put(b.get("i").getURI().replaceAll(".*/", ""),
                            ((Number) b.get("n").getLiteralValue()).longValue()));
                }
                return m;
            });
            System.out.println("findings per indicator: " + byIndicator);
            assertThat(r.texts()).isGreaterThan(10_000);
            assertThat(byIndicator.keySet()).anyMatch(k -> k.contains("written")).anyMatch(k -> k.contains("application"));
            assertThat(r.findings()).isBetween(500, r.texts());
        }
    }
}
