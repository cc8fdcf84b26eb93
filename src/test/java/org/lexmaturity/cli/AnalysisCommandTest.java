package org.lexmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/** {@code analyses} and {@code analysis ID} through the real command line on a data folder with the demo data. */
class AnalysisCommandTest {
    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void demo() {
        data = dir.resolve("data");
        try (Store store = Store.open(new StoreConfig(data, StoreConfig.DEFAULT_BASE_IRI))) {
            Ontology.install(store);
            DemoData.loadIntoEmpty(store, s -> { });
        }
    }

    @Test
    void analysesListsEveryIdWithItsTitle() {
        Cli.Result r = Cli.run(data, "analyses", "--lang", "sv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(17);
        assertThat(r.out()).contains("barriers-by-theme").contains("Hinder per tema").contains("acts-cited-in-free-text");
    }

    @Test
    void analysisPrintsJsonWithParameters() {
        Cli.Result r = Cli.run(data, "analysis", "survey-answers-by-organisation-type", "--param", "question=k02", "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonObject j = new JsonObject(r.out());
        assertThat(j.getJsonObject("parameters").getString("question")).isEqualTo("k02");
        assertThat(j.getJsonArray("rows")).isNotEmpty();
        assertThat(j.getJsonArray("columns").getJsonObject(0).getString("label")).isEqualTo("Organisation type");
    }

    @Test
    void analysisWritesCsvAndXlsxFiles() throws Exception {
        Path csv = dir.resolve("out/funnel.csv");
        Cli.Result r = Cli.run(data, "analysis", "barrier-status-funnel", "--out", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote 7 rows of barrier-status-funnel to");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFTila,Tilan koodi,Esteitä\r\n");

        Path xlsx = dir.resolve("out/theme.xlsx");
        r = Cli.run(data, "analysis", "barriers-by-theme", "--format", "xlsx", "--lang", "en", "--out", xlsx.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Barriers by theme");
            double total = 0;
            for (int i = 1; i <= wb.getSheetAt(0).getLastRowNum(); i++) {
                total += wb.getSheetAt(0).getRow(i).getCell(2).getNumericCellValue();
            }
            assertThat(total).isEqualTo(56.0);
        }
    }

    @Test
    void mistakesAreReportedWithTheRightExitCode() {
        Cli.Result bad = Cli.run(data, "analysis", "priority-ranking", "--param", "limit=lots");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("parameter 'limit'").contains("'lots' is not a whole number");
        Cli.Result unknown = Cli.run(data, "analysis", "no-such-thing");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no analysis 'no-such-thing'");
        assertThat(Cli.run(data, "analysis", "barriers-by-theme", "--format", "pdf").exitCode()).isEqualTo(2);
        assertThat(Cli.run(data, "analysis", "barriers-by-theme", "--format", "xlsx").exitCode()).isEqualTo(2);
        assertThat(Cli.run(data, "analysis", "barriers-by-theme", "--lang", "de").exitCode()).isEqualTo(2);
        assertThat(Cli.run(data, "analysis").exitCode()).isEqualTo(2);
    }
}
