package org.lexmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lexmaturity.TestData;
import org.lexmaturity.imports.Progress.Stage;
import org.lexmaturity.ingest.SourceFiles;

/** The command line's import progress: a bar filled in proportion to the files counted beforehand, drawn in place. */
class ProgressBarTest {

    @Test
    void theBarFillsInProportionAndCountsWhatWasWrittenAndRefused() {
        ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), "files", "acts", OptionalInt.of(1596));
        assertThat(bar.line(Stage.CHECKING, 798, 790, 8))
                .isEqualTo("[" + "#".repeat(15) + ".".repeat(15) + "] 798/1,596 files  790 acts  8 refused (checking)");
        assertThat(bar.line(Stage.COMMITTING, 1596, 1596, 0)).startsWith("[" + "#".repeat(30) + "]");
        assertThat(new ProgressBar(new PrintWriter(new StringWriter()), "files", "acts", OptionalInt.empty()).line(Stage.READING, 12, 3, 0))
                .isEqualTo("12 files  3 acts  0 refused (reading)");
    }

    @Test
    void itIsRedrawnInPlaceAndEndsWithANewLine() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), "files", "acts", OptionalInt.of(2));
        bar.update(Stage.READING, 0, 0, 0);
        bar.update(Stage.COMMITTING, 2, 1, 0);
        bar.finish();
        assertThat(out.toString()).startsWith("\r[").contains("\r[" + "#".repeat(30)).endsWith(System.lineSeparator());
    }

    @Test
    void theTotalIsCountedInTheArchiveWithoutReadingTheFiles() {
        assertThat(SourceFiles.count(List.of(TestData.path("legislation/finlex-xml/asd-fi-2019.tar.gz")))).isEqualTo(1596);
        assertThat(SourceFiles.count(List.of(TestData.path("legislation/finlex-akn")))).isEqualTo(3);
    }
}
