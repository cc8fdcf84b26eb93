package org.lexmaturity.corpus;

import org.lexmaturity.StoreTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexmaturity.TestData;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.imports.ImportRun;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.store.StoreStats;

/** Every act of Semantic Finlex's JSON-LD (1,933 files, the publisher's Linked Data) imports, each one act. */
class SemanticFinlexCorpusTest extends StoreTest {

    @Test
    void all1933FilesImport() {
        Path archive = TestData.path("legislation/semantic-finlex/sd-jsonld-fi.tar.gz");
        List<String> lines = new ArrayList<>();
        long start = System.nanoTime();
        ImportReport report = StatuteImport.create(store, ImportRun.WhenRefused.WRITE_THE_REST, lines::add).importPaths(List.of(archive));
        System.out.printf("Semantic Finlex: %d files, %d acts, %d refused in %.1f s%n", report.units(), report.written(),
                report.refused().size(), (System.nanoTime() - start) / 1e9);
        report.refused().stream().limit(20).forEach(r -> System.out.println("refused: " + r.message()));
        assertThat(report.units()).isEqualTo(1933);
        assertThat(report.refused()).isEmpty();
        assertThat(report.written()).isEqualTo(1933);
        assertThat(StoreStats.of(store).acts()).isEqualTo(1933);
    }
}
