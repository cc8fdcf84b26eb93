package org.lexmaturity.corpus;

import org.lexmaturity.StoreTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lexmaturity.TestData;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.imports.ImportRun;
import org.lexmaturity.ingest.SourceFiles;
import org.lexmaturity.ingest.StatuteFormats;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.statutes.Division;
import org.lexmaturity.store.StoreStats;

/**
 * One whole year of the real statute book (2019, Finnish and Swedish) as an analyst imports it: nothing that is a
 * statute is refused, and the import's own check that every text read was stored passes for every file. The whole
 * 2000–2024 corpus runs in the benchmark.
 */
class CorpusYearTest extends StoreTest {

    private static long texts(Division d) {
        return (d.text().isEmpty() ? 0 : 1) + d.children().stream().mapToLong(CorpusYearTest::texts).sum();
    }

    @Test
    void theYear2019ImportsWholeInBothLanguages() {
        Path fi = TestData.path("legislation/finlex-corpus/asd-fi-2019.tar.gz");
        Path sv = TestData.path("legislation/finlex-corpus/asd-sv-2019.tar.gz");
        int files = SourceFiles.count(List.of(fi, sv));
        // what the files hold, counted by reading them apart from the import
        Map<String, Long> read = new TreeMap<>();
        SourceFiles.forEach(List.of(fi, sv), source -> StatuteFormats.read(source).forEach(e ->
                read.merge(e.language(), e.divisions().stream().mapToLong(CorpusYearTest::texts).sum(), Long::sum)), r -> { });
        List<String> lines = new ArrayList<>();
        ImportReport report = StatuteImport.create(store, ImportRun.WhenRefused.WRITE_THE_REST, lines::add).importPaths(List.of(fi, sv));

        assertThat(report.units()).isEqualTo(files);
        assertThat(report.refused()).as("refused files").isEmpty();
        StoreStats stats = StoreStats.of(store);
        assertThat(stats.acts()).isEqualTo(report.written()).isGreaterThan(1500);
        assertThat(stats.languages()).containsKeys("fi", "sv");
        assertThat(stats.texts()).as("texts stored per language against texts read").isEqualTo(read);
        assertThat(stats.actsByYear()).containsExactly(Map.entry("2019", (long) report.written()));
        System.out.println("2019: " + files + " files, " + report.written() + " acts, " + stats.provisions() + " sections, "
                + report.notices().size() + " provisions in one language only; " + lines.get(lines.size() - 1));
    }
}
