package org.lexmaturity.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.cli.Cli;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.register.RegisterImport;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.ScreeningRun;
import org.lexmaturity.analysis.AnalysisCatalogue;
import org.lexmaturity.analysis.AnalysisResult;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.store.StoreStats;
import org.lexmaturity.survey.MappingFile;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.survey.SurveyRdf;
import org.lexmaturity.kernel.TableReader;

/** The generated data set at scale 0.01 goes through the real importers and screening, and a seed fixes every byte. */
class DataGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theGeneratedSetImportsWithoutRefusalsAndScreeningFindsItsBarriers() throws IOException {
        Path out = dir.resolve("gen");
        DataGenerator.Manifest m = DataGenerator.generate(out, 0.01, 7);
        assertThat(m.acts()).isEqualTo(40);
        assertThat(m.responses()).isEqualTo(10);
        assertThat(m.barriers()).isEqualTo(20);
        assertThat(m.measures()).isEqualTo(5);
        assertThat(m.provisions()).isBetween(40 * 10, 40 * 65);
        assertThat(Files.readString(out.resolve("README.txt"))).contains("seed: 7", "acts: 40", "NOT LAW");

        try (Store store = Store.open(new StoreConfig(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI))) {
            Ontology.install(store);
            ImportReport statutes = StatuteImport.create(store, s -> { }).importPaths(List.of(out.resolve(DataGenerator.STATUTES)));
            assertThat(statutes.refused()).isEmpty();
            assertThat(statutes.written()).isEqualTo(40);

            var mapping = MappingFile.read(out.resolve(DataGenerator.SURVEY_MAPPING));
            var data = SurveyImport.check(TableReader.read(out.resolve(DataGenerator.SURVEY)), mapping);
            SurveyImport.Result survey = new SurveyImport(store, SurveyRdf.DEFAULT_THRESHOLD).importData(data);
            assertThat(survey.responses()).isEqualTo(10);
            assertThat(survey.citationsResolved()).as("free-text answers cite generated sections").isPositive();

            RegisterImport.Result register = new RegisterImport(store, Clock.systemUTC()).importFile(out.resolve(DataGenerator.REGISTER), "test");
            assertThat(register.barriers()).isEqualTo(20);
            assertThat(register.measures()).isEqualTo(5);

            ScreeningRun.Result screened = new ScreeningRun(store, IndicatorRules.shipped(), Clock.systemUTC()).run(Optional.empty());
            assertThat(screened.acts()).hasSize(40);
            StoreStats stats = StoreStats.of(store);
            assertThat(stats.acts()).isEqualTo(40);
            assertThat(stats.provisions()).isEqualTo(m.provisions());
            assertThat(stats.languages()).containsEntry("fi", 40L).containsEntry("sv", 40L);
            assertThat(stats.barriers()).isEqualTo(20);

            // the planted barrier and enabler phrases are found (mitigators only cancel barriers, so they are not findings): at least one barrier finding per section that holds one
            AnalysisResult findings = new AnalysisRunner(store, AnalysisCatalogue.load()).run("indicator-findings-per-act", Map.of(), "en");
            Map<String, Long> byPolarity = new TreeMap<>();
            int code = findings.column("polarityCode");
            int n = findings.column("findings");
            findings.rows().forEach(row -> byPolarity.merge((String) row.get(code), (Long) row.get(n), Long::sum));
            assertThat(byPolarity).containsKeys("barrier", "enabler");
            assertThat(byPolarity.get("barrier")).isGreaterThanOrEqualTo(m.barrierSites());
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherActs() throws IOException {
        DataGenerator.generate(dir.resolve("a"), 0.01, 42);
        DataGenerator.generate(dir.resolve("b"), 0.01, 42);
        DataGenerator.generate(dir.resolve("c"), 0.01, 43);
        Map<String, byte[]> a = files(dir.resolve("a"));
        Map<String, byte[]> b = files(dir.resolve("b"));
        assertThat(a).hasSize(80 + 4);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        Map<String, byte[]> c = files(dir.resolve("c"));
        assertThat(c.get("survey.xlsx")).isNotEqualTo(a.get("survey.xlsx"));
    }

    @Test
    void theCommandWritesTheSetAndRefusesAScaleOutOfRange() {
        Cli.Result ok = Cli.run(dir.resolve("unused"), "generate", "--scale", "0.005", "--out", dir.resolve("cmd").toString(), "--seed", "3");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Generated 20 acts", "seed 3");
        assertThat(dir.resolve("cmd/statutes/")).isDirectoryContaining(p -> p.getFileName().toString().endsWith("-swe.xml"));

        Cli.Result bad = Cli.run(dir.resolve("unused"), "generate", "--scale", "0", "--out", dir.resolve("bad").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("scale factor");
        assertThatThrownBy(() -> GeneratedSize.of(GeneratedSize.MAX_SCALE + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
