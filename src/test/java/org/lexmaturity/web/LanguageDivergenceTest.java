package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.analysis.AnalysisCatalogue;
import org.lexmaturity.analysis.AnalysisResult;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.ingest.TestSources;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.Match;
import org.lexmaturity.screening.Screener;
import org.lexmaturity.screening.ScreeningRun;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.statutes.StatuteCatalog.Provision;

/**
 * Where the screening finds a category in one language of a provision and not in the other, the analysis lists it and
 * the act's page shows it: a real act of the 2019 statute book, in Finnish and Swedish.
 */
class LanguageDivergenceTest {
    @TempDir
    Path dir;

    @Test
    void aCategoryFoundInOneLanguageOnlyIsListedInTheAnalysisAndOnTheActPage() throws Exception {
        try (TestServer s = TestServer.start(dir, store -> {
            try {
                StatuteImport.create(store, l -> { }).importSources(List.of(TestSources.corpusFile("fi", 2019, 1000),
                        TestSources.corpusFile("sv", 2019, 1000), TestSources.corpusFile("fi", 2019, 171), TestSources.corpusFile("sv", 2019, 171)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            new ScreeningRun(store, IndicatorRules.shipped(), Clock.systemUTC()).run(Optional.empty());
        })) {
            AnalysisResult r = new AnalysisRunner(s.store(), AnalysisCatalogue.load()).run("language-divergences", Map.of("actNumber", "1000/2019"), "en");
            assertThat(r.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(0)).isEqualTo("1000/2019"));
            // each row is true of the texts: the category is found in one language's text and not in the other's
            Screener screener = new Screener(IndicatorRules.shipped());
            List<Provision> all = flat(new StatuteCatalog(s.store()).get(ActNumber.parseYearFirst("2019/1000")).orElseThrow().parts());
            for (List<Object> row : r.rows()) {
                Provision p = all.stream().filter(x -> x.iri().endsWith("/" + row.get(1))).findFirst().orElseThrow();
                String category = (String) row.get(2);
                assertThat(categories(screener, p.text((String) row.get(3)), (String) row.get(3))).contains(category);
                assertThat(categories(screener, p.text((String) row.get(4)), (String) row.get(4))).doesNotContain(category);
            }
            assertThat(new AnalysisRunner(s.store(), AnalysisCatalogue.load()).run("language-divergences", Map.of(), "en").rows())
                    .as("without an act, every act's").hasSizeGreaterThanOrEqualTo(r.rows().size());

            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/acts/2019/1000"))
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("Language divergences (" + r.rows().size() + ")")
                    .containsPattern(r.rows().size() + " divergences? between the language versions")
                    .contains((String) r.rows().get(0).get(5));
        }
    }

    static List<String> categories(Screener screener, String text, String lang) {
        return screener.screen(text, lang).stream().map(Match::indicator).flatMap(i -> i.category().stream()).toList();
    }

    static List<Provision> flat(List<Provision> parts) {
        List<Provision> out = new java.util.ArrayList<>();
        for (Provision p : parts) {
            out.add(p);
            out.addAll(flat(p.children()));
        }
        return out;
    }
}
