package org.lexmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestData;

/** {@code evaluate}: precision and recall of the screening on a labelled set, read against the real statute book. */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsPrecisionAndRecallPerFamilyCategoryAndLanguageAndEveryJudgementOnRequest() throws Exception {
        Path corpus = TestData.path("legislation/finlex-corpus");
        Path labels = Files.writeString(dir.resolve("mine.tsv"), """
                # a section that is not in the corpus (171/2019 has chapters), and one that is
                2019/171\tpykala/18\tfi\t-\t-\t\t
                2002/499\tpykala/11\tfi\tWF\tbarrier\ton tehtävä kirjallisesti työministeriölle\t
                """);
        Cli.Result r = Cli.run(dir.resolve("data"), "evaluate", "--corpus", corpus.toString(), "--labels", labels.toString(), "--details");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("on mine.tsv: 1 section texts").contains("1 labelled section texts are not in the corpus")
                .contains("2019/171 pykala/18 fi").contains("barriers fi").contains("WF fi")
                .containsPattern("right\\s+WF\\s+2002/499 pykala/11 fi\\s+written-form: kirjallisesti");
        assertThat(dir.resolve("data")).as("nothing is stored").doesNotExist();
    }

    @Test
    void aBadLabelledSetIsRefusedNamingTheFileLineAndField() throws Exception {
        Path labels = Files.writeString(dir.resolve("bad.tsv"), "2019/171\tpykala/18\tfi\tSIGNATURE\tbarrier\tx\t\n");
        Cli.Result r = Cli.run(dir.resolve("data"), "evaluate", "--corpus", dir.toString(), "--labels", labels.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("bad.tsv").contains("line 1, category").contains("SIGNATURE");
    }
}
