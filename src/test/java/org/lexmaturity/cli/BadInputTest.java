package org.lexmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestData;

/**
 * Every kind of bad statute file is refused through the real command line with exit code 1 and a message naming
 * the file and the place, and the store is exactly as before (compared through {@code stats}).
 */
class BadInputTest {
    @TempDir
    Path data;
    String statsBefore;

    @BeforeEach
    void storeWithOneAct() {
        Cli.Result imported = Cli.run(data, "import", "statutes", TestData.fixture("eli/act-9901-2020.ttl").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        statsBefore = stats();
        assertThat(statsBefore).contains("\"acts\" : 1");
    }

    private String stats() {
        Cli.Result r = Cli.run(data, "stats");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    private Cli.Result refused(String fixture) {
        Cli.Result r = Cli.run(data, "import", "statutes", TestData.fixture("bad/" + fixture).toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains(fixture);
        assertThat(stats()).as("store unchanged after " + fixture).isEqualTo(statsBefore);
        return r;
    }

    @Test
    void malformedXmlNamesTheLine() {
        assertThat(refused("truncated-akn.xml").err()).contains("truncated-akn.xml, line 10, column 7").contains("not well-formed XML");
    }

    @Test
    void doctypeWithAnExternalEntityIsRefusedWithoutReadingTheEntity() {
        Cli.Result r = refused("doctype-xxe.xml");
        assertThat(r.err()).contains("line 2").contains("DOCTYPE declaration is not allowed");
        assertThat(r.out() + r.err()).doesNotContain("root:x:0");
    }

    @Test
    void entityExpansionBombIsRefused() {
        assertThat(refused("billion-laughs.xml").err()).contains("DOCTYPE declaration is not allowed");
    }

    @Test
    void xmlOfAnotherKindIsAnUnknownFormat() {
        assertThat(refused("unknown-root.xml").err()).contains("root element <invoice>").contains("unknown format");
    }

    @Test
    void plainTextIsAnUnknownFormat() {
        assertThat(refused("unknown-format.txt").err()).contains("line 1").contains("unknown format");
    }

    @Test
    void anActFailingTheShapesIsRefusedWithTheShapeMessage() {
        assertThat(refused("akn-without-title.xml").err()).contains("fails the SHACL shapes").contains("needs a title");
    }

    @Test
    void eliRdfWithoutANumberNamesTheResource() {
        assertThat(refused("eli-without-number.ttl").err())
                .contains("resource <https://example.org/eli/fi/2020/9903>").contains("no eli:id_local");
    }

    @Test
    void aMissingFileIsRefused() {
        Cli.Result r = Cli.run(data, "import", "statutes", data.resolve("nope.xml").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("nope.xml").contains("no such file");
        assertThat(stats()).isEqualTo(statsBefore);
    }

    @Test
    void aFolderWithGoodAndBadFilesImportsNothingAndListsTheBadOnes(@TempDir Path folder) throws Exception {
        Files.copy(TestData.fixture("eli/act-9902-2021.jsonld"), folder.resolve("good.jsonld"));
        Files.copy(TestData.fixture("bad/unknown-format.txt"), folder.resolve("bad.txt"));
        Files.copy(TestData.fixture("bad/truncated-akn.xml"), folder.resolve("broken.xml"));
        Cli.Result r = Cli.run(data, "import", "statutes", folder.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("Imported");
        assertThat(r.err()).contains("Refused: bad.txt").contains("Refused: broken.xml, line 10, column 7")
                .contains("Nothing imported: 2 of 3 files refused.").contains("--skip-refused");
        assertThat(stats()).isEqualTo(statsBefore);
    }

    @Test
    void skipRefusedImportsTheGoodFilesAndListsTheRest(@TempDir Path folder) throws Exception {
        Files.copy(TestData.fixture("eli/act-9902-2021.jsonld"), folder.resolve("good.jsonld"));
        Files.copy(TestData.fixture("bad/unknown-format.txt"), folder.resolve("bad.txt"));
        Cli.Result r = Cli.run(data, "import", "statutes", "--skip-refused", folder.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("Imported 1 acts (0 replaced) from 2 files; 1 refused.");
        assertThat(r.err()).contains("Refused: bad.txt").doesNotContain("Nothing imported");
        assertThat(stats()).contains("\"acts\" : 2");
    }
}
