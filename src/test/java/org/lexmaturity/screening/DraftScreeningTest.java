package org.lexmaturity.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.cli.Cli;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.survey.Exports;

/** Ex-ante screening of a real DOCX draft bill, section by section, through the API class and the command line. */
public class DraftScreeningTest {
    @TempDir
    Path dir;

    public static byte[] draftDocx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, "Laki kuolinpesän sähköisestä ilmoituksesta");
            body(doc, "Tässä laissa säädetään ilmoituksesta.");
            heading(doc, "1 §  Ilmoituksen tekeminen");
            body(doc, "Ilmoitus on tehtävä kirjallisesti ja omakätisesti allekirjoitettuna. Ilmoittajan on saavuttava henkilökohtaisesti virastoon.");
            heading(doc, "2 §  Päätös");
            body(doc, "Etuus myönnetään viran puolesta. Ilmoitus voidaan tehdä kirjallisesti tai sähköisesti.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        p.createRun().setText(text);
    }

    private static void body(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    @Test
    void findingsArePerSectionWithPrinciplesAndSuggestions() throws Exception {
        List<DraftReader.Section> sections = DraftReader.read("luonnos.docx", draftDocx());
        assertThat(sections).extracting(DraftReader.Section::heading)
                .containsExactly("Laki kuolinpesän sähköisestä ilmoituksesta", "1 §  Ilmoituksen tekeminen", "2 §  Päätös");
        List<DraftScreening.SectionResult> results = new DraftScreening(IndicatorRules.shipped()).screen(sections, null);
        assertThat(results.get(0).findings()).isEmpty();
        DraftScreening.SectionResult first = results.get(1);
        assertThat(first.language()).isEqualTo("fi");
        assertThat(first.findings()).filteredOn(f -> f.polarity() == Polarity.BARRIER).extracting(DraftScreening.DraftFinding::dimension)
                .contains("digital-communication");
        assertThat(first.findings()).anySatisfy(f -> {
            assertThat(f.text()).containsIgnoringCase("omakätisesti");
            assertThat(f.principles()).contains("DE-1", "DK-2", "UK-2");
            assertThat(f.suggestion()).containsKey("fi");
        });
        assertThat(first.findings()).anySatisfy(f -> assertThat(f.text()).containsIgnoringCase("henkilökohtaisesti"));
        DraftScreening.SectionResult second = results.get(2);
        // "kirjallisesti tai sähköisesti": the written form is found, and mitigated by the alternative beside it
        assertThat(second.findings()).allSatisfy(f -> assertThat(f.polarity() == Polarity.ENABLER || f.mitigated()).isTrue());
        assertThat(second.findings()).anySatisfy(f -> assertThat(f.indicator()).isEqualTo("written-form"));
        assertThat(second.findings()).anySatisfy(f -> assertThat(f.text()).containsIgnoringCase("viran puolesta"));
    }

    @Test
    void plainTextIsSplitAtSectionNumbers() {
        String text = "1 §\nHakemus on toimitettava kirjatulla kirjeellä.\n2 §\nTiedot saadaan salassapitosäännösten estämättä.\n";
        List<DraftReader.Section> sections = DraftReader.read("luonnos.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(sections).extracting(DraftReader.Section::heading).containsExactly("1 §", "2 §");
    }

    @Test
    void eachSectionSaysItsGuessedLanguageAndASectionInALanguageWithoutRulesSaysItWasNotScreened() {
        String text = "1 §\nHakemus on tehtävä kirjallisesti ja se on allekirjoitettava.\n2 §\nAnsökan ska göras skriftligen.\n"
                + "3 §\nDer Antrag ist schriftlich zu stellen und eigenhändig zu unterschreiben.\n";
        List<DraftScreening.SectionResult> results = new DraftScreening(IndicatorRules.shipped())
                .screen(DraftReader.read("luonnos.txt", text.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(results).extracting(DraftScreening.SectionResult::language, DraftScreening.SectionResult::guessed,
                DraftScreening.SectionResult::screened).containsExactly(tuple("fi", true, true), tuple("sv", true, true), tuple("", true, false));
        assertThat(results.get(2).findings()).isEmpty();
        assertThat(new DraftScreening(IndicatorRules.shipped()).screen(DraftReader.read("utkast.txt",
                "1 §\nAnsökan ska göras skriftligen.\n".getBytes(StandardCharsets.UTF_8)), "de")).singleElement()
                .satisfies(r -> assertThat(r.screened()).as("a language the rules do not have: said, not screened as nothing").isFalse());
    }

    @Test
    void aFileThatIsNotADocxAndAnEmptyDraftAreRefused() throws Exception {
        byte[] xlsx = new Exports().sheet("x", List.of("a"), List.of()).xlsxBytes();
        assertThatThrownBy(() -> DraftReader.read("budget.xlsx", xlsx)).isInstanceOf(ImportException.class)
                .hasMessageContaining("budget.xlsx").hasMessageContaining("not a readable Word document");
        byte[] empty;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            empty = out.toByteArray();
        }
        byte[] finalEmpty = empty;
        assertThatThrownBy(() -> DraftReader.read("tyhja.docx", finalEmpty)).hasMessageContaining("tyhja.docx").hasMessageContaining("the draft has no text");
        assertThatThrownBy(() -> DraftReader.read("kuva.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}))
                .hasMessageContaining("neither a Word document (DOCX) nor plain text");
    }

    @Test
    void theCommandPrintsFindingsAndStoresNothing() throws Exception {
        Path draft = Files.write(dir.resolve("luonnos.docx"), draftDocx());
        Cli.Result r = Cli.run(dir.resolve("data"), "screen-draft", draft.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 §  Ilmoituksen tekeminen").contains("omakätisesti").contains("suggestion:")
                .contains("findings in 3 sections of luonnos.docx (rules " + IndicatorRules.shipped().version() + "); nothing stored.");
        assertThat(dir.resolve("data")).doesNotExist();
        Cli.Result json = Cli.run(dir.resolve("data"), "screen-draft", draft.toString(), "--format", "json");
        assertThat(json.out()).contains("\"sections\"").contains("\"principles\"");
        Cli.Result bad = Cli.run(dir.resolve("data"), "screen-draft", Files.write(dir.resolve("x.docx"), new byte[] {'P', 'K', 3, 4, 1, 2}).toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("x.docx").contains("not a readable Word document");
    }
}
