package org.lexmaturity.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.lexmaturity.analysis.AnalysisCatalogue;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.maturity.MaturityRules;
import org.lexmaturity.maturity.MaturityService;
import org.lexmaturity.maturity.MaturityService.FindingView;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.ScreeningRun;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.Division;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.TestStores;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.statutes.StatuteCatalog.ActDetail;
import org.lexmaturity.statutes.StatuteCatalog.Provision;
import org.lexmaturity.vocab.LXM;
import org.apache.jena.vocabulary.RDF;

/**
 * Screening, the act's findings, the act read back and the findings analysis each say which temporal version of an
 * act they are of, the current one by default, and can be asked for another: 624/2006 as the statute book enacted it
 * (fi, sv) and as Semantic Finlex consolidates it in Finnish as of 2017-06-21.
 */
class TextVersionScreeningTest extends StatuteStoreTest {
    static final ActNumber ACT = ActNumber.parseYearFirst("2006/624");
    static final String ACT_IRI = "http://data.finlex.fi/eli/sd/2006/624";
    final IndicatorRules rules = IndicatorRules.shipped();

    ScreeningRun.Result screen(Optional<String> version) {
        return screen(store, version);
    }

    ScreeningRun.Result screen(Store in, Optional<String> version) {
        return new ScreeningRun(in, rules, Clock.systemUTC()).run(Optional.of(ACT), version);
    }

    /** The texts a source file holds, as its reader gives them. */
    static long textsIn(StatuteSource source) throws Exception {
        return StatuteFormats.read(source).stream().flatMap(e -> e.divisions().stream()).mapToLong(TextVersionScreeningTest::texts).sum();
    }

    static long texts(Division d) {
        return (d.text().isEmpty() ? 0 : 1) + d.children().stream().mapToLong(TextVersionScreeningTest::texts).sum();
    }

    List<FindingView> findings(Optional<String> version) {
        return new MaturityService(store, MaturityRules.shipped(), rules).findings(ACT, version).orElseThrow();
    }

    /** How many findings of the act the store holds whose text version is {@code <act>/path}. */
    long findingsOfVersion(String path) {
        return store.read(dsg -> dsg.stream(store.graphs().screening(), Node.ANY, LXM.textVersion, Node.ANY)
                .filter(q -> q.getObject().getURI().equals(ACT_IRI + "/" + path))
                .filter(q -> dsg.contains(store.graphs().screening(), q.getSubject(), RDF.type.asNode(), LXM.Finding)).count());
    }

    @Test
    void findingsFollowTheirTextWhenANewerVersionComesAndEachVersionCanBeScreenedAndRead() throws Exception {
        StatuteImport imports = StatuteImport.create(store, l -> { });
        imports.importSources(List.of(TestSources.corpusFile("fi", 2006, 624), TestSources.corpusFile("sv", 2006, 624)));
        ScreeningRun.Result original = screen(Optional.empty());
        assertThat(original.findings()).isPositive();
        assertThat(findingsOfVersion("alkup")).isEqualTo(original.findings());
        List<FindingView> originalFindings = findings(Optional.empty());

        // the consolidated Finnish text arrives: the findings in the original Finnish texts go with those texts
        imports.importSources(List.of(TestSources.semanticFinlex("2006-624.jsonld")));
        assertThat(findingsOfVersion("alkup")).as("no finding is lost or left on a text it was not found in").isEqualTo(original.findings());
        assertThat(findings(Optional.empty())).as("the current Finnish text is not screened yet")
                .allSatisfy(f -> assertThat(f.language()).isEqualTo("sv"));
        assertThat(findings(Optional.of("alkup"))).extracting(FindingView::indicator, FindingView::language, FindingView::text, FindingView::start)
                .containsExactlyInAnyOrderElementsOf(originalFindings.stream().map(f -> org.assertj.core.groups.Tuple.tuple(
                        f.indicator(), f.language(), f.text(), f.start())).toList());
        assertThat(findings(Optional.of("alkup"))).extracting(f -> f.provision().getURI())
                .as("a finding's provision is the provision, whichever version").noneMatch(iri -> iri.endsWith("/alkup"));

        ScreeningRun.Result current = screen(Optional.empty());
        assertThat(current.textVersion()).isEmpty();
        assertThat(findingsOfVersion("ajantasa/20170621")).isEqualTo(findings(Optional.empty()).stream().filter(f -> f.language().equals("fi")).count());

        // screening the original again replaces its findings, and leaves the current ones
        ScreeningRun.Result again = screen(Optional.of("alkup"));
        assertThat(again.textVersion()).isEqualTo("alkup");
        assertThat(again.findings()).isEqualTo(original.findings());
        assertThat(again.replaced()).isEqualTo(original.findings());
        assertThat(again.acts()).as("maturity scores are of the current text").isEmpty();
        assertThat(findingsOfVersion("alkup")).isEqualTo(original.findings());
        assertThat(findings(Optional.empty())).hasSize(current.findings());

        // the act read as the original: every text of the statute book's files, in both languages
        ActDetail asEnacted = new StatuteCatalog(store).get(ACT, Optional.of("alkup")).orElseThrow();
        ActDetail now = act("2006/624");
        assertThat(asEnacted.shown()).isEqualTo("alkup");
        assertThat(now.shown()).isEmpty();
        assertThat(now.versionPaths()).containsExactly("alkup", "ajantasa/20170621");
        List<Provision> enacted = all(asEnacted.parts());
        enacted.addAll(asEnacted.elsewhere());
        String originalFi = enacted.stream().map(p -> p.text("fi")).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
        String currentFi = all(now.parts()).stream().map(p -> p.text("fi")).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
        assertThat(originalFi).doesNotContain("2012/756");
        assertThat(currentFi).contains("(14.12.2012/756)");
        assertThat(enacted.stream().filter(p -> !p.text("fi").isEmpty()).count())
                .isEqualTo(textsIn(TestSources.corpusFile("fi", 2006, 624)));
        assertThat(enacted.stream().filter(p -> !p.text("sv").isEmpty()).count())
                .isEqualTo(textsIn(TestSources.corpusFile("sv", 2006, 624)));

        // the analysis of findings per act counts the current texts unless asked for a version
        AnalysisRunner analyses = new AnalysisRunner(store, AnalysisCatalogue.load());
        assertThat(total(analyses.run("indicator-findings-per-act", Map.of(), "en").rows())).isEqualTo(current.findings());
        assertThat(total(analyses.run("indicator-findings-per-act", Map.of("textVersion", "alkup"), "en").rows())).isEqualTo(original.findings());
    }

    @Test
    void anOlderVersionImportedAfterTheNewerIsScreenedTheSameAsWhenItCameFirst() throws Exception {
        StatuteImport.create(store, l -> { }).importSources(List.of(TestSources.corpusFile("fi", 2006, 624)));
        int first = screen(Optional.empty()).findings();
        try (Store other = TestStores.open(dir.resolve("other"), StoreConfig.DEFAULT_BASE_IRI)) {
            Ontology.install(other);
            StatuteImport.create(other, l -> { }).importSources(List.of(TestSources.semanticFinlex("2006-624.jsonld"),
                    TestSources.corpusFile("fi", 2006, 624)));
            assertThat(screen(other, Optional.of("alkup")).findings()).isEqualTo(first);
            assertThatThrownBy(() -> screen(other, Optional.of("ajantasa/20990101"))).isInstanceOf(ImportException.class)
                    .hasMessageContaining("624/2006").hasMessageContaining("ajantasa/20990101");
        }
    }

    static long total(List<List<Object>> rows) {
        return rows.stream().mapToLong(r -> ((Number) r.get(r.size() - 1)).longValue()).sum();
    }
}
