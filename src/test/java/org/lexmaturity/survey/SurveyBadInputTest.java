package org.lexmaturity.survey;

import org.lexmaturity.kernel.Spreadsheet;
import org.lexmaturity.kernel.TableReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.cli.Cli;

/**
 * Every kind of bad survey export is refused through the real command line with exit code 1, a message that
 * names the file and the sheet, row and column, and the store exactly as before (compared through stats).
 */
class SurveyBadInputTest {
    @TempDir
    Path dir;
    Path data;
    Path mapping;
    String statsBefore;

    @BeforeEach
    void storeWithOneSurvey() throws Exception {
        data = dir.resolve("data");
        mapping = Files.writeString(dir.resolve("mapping.yaml"), SmallSurvey.MAPPING);
        Path good = SmallSurvey.workbook().xlsx(dir.resolve("good.xlsx"));
        Cli.Result r = Cli.run(data, "import", "survey", good.toString(), "--mapping", mapping.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        statsBefore = stats();
        assertThat(statsBefore).contains("\"responses\" : 14");
    }

    private String stats() {
        return Cli.run(data, "stats").out();
    }

    private String refused(Path file) {
        Cli.Result r = Cli.run(data, "import", "survey", file.toString(), "--mapping", mapping.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains(file.getFileName().toString());
        assertThat(stats()).as("store unchanged after " + file.getFileName()).isEqualTo(statsBefore);
        return r.err();
    }

    /** The small survey with one row of the Finnish sheet changed. */
    private Path withRow(String name, int index, List<Object> row) {
        Spreadsheet t = TableReader.read("x.xlsx", SmallSurvey.workbook().xlsxBytes());
        List<List<Object>> fi = rows(t.sheets().get(1));
        fi.set(index, row);
        return new Exports().sheet("Vastaukset", SmallSurvey.FI_HEADER, fi).sheet("Svar", SmallSurvey.SV_HEADER, rows(t.sheets().get(2)))
                .xlsx(dir.resolve(name));
    }

    private static List<List<Object>> rows(Spreadsheet.Sheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        for (Spreadsheet.Row r : sheet.rows()) {
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < sheet.header().size(); c++) {
                cells.add(r.cell(c));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void aTruncatedWorkbookIsNotReadable() throws Exception {
        byte[] good = SmallSurvey.workbook().xlsxBytes();
        Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(good, good.length / 2));
        assertThat(refused(file)).contains("not a readable Excel workbook");
    }

    @Test
    void aPasswordProtectedWorkbookSaysSo() {
        Path file = SmallSurvey.workbook().encryptedXlsx(dir.resolve("secret.xlsx"), "salasana");
        assertThat(refused(file)).contains("password-protected");
    }

    @Test
    void aZipBombIsStoppedByPoisLimits() throws Exception {
        // a real workbook whose sheet XML is padded with 40 MB of spaces: it compresses a thousandfold
        byte[] good = SmallSurvey.workbook().xlsxBytes();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(good)); ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        Path file = Files.write(dir.resolve("bomb.xlsx"), bomb.toByteArray());
        assertThat(Files.size(file)).isLessThan(1_000_000);
        assertThat(refused(file)).contains("zip bomb");
    }

    @Test
    void aMissingMappedColumnIsNamedWithTheSheet() {
        List<Object> header = new ArrayList<>(SmallSurvey.FI_HEADER);
        header.set(7, "K22 Jokin aivan muu kysymys");
        Path file = new Exports().sheet("Vastaukset", header, List.of(List.of("R1", "Espoo", "Kunta", "", "", "", 3, 3, "Ei", "")))
                .sheet("Svar", SmallSurvey.SV_HEADER, List.of()).xlsx(dir.resolve("missing-column.xlsx"));
        assertThat(refused(file)).contains("sheet Vastaukset, row 1: no column for question k02 [K02] in the header row");
    }

    @Test
    void aLikertValueOutsideItsScaleNamesSheetRowAndColumn() {
        Path file = withRow("out-of-scale.xlsx", 2, List.of("R003", "Tampereen kaupunki", "Kunta", "", "", "", 6, 2, "Ei", ""));
        assertThat(refused(file)).contains("sheet Vastaukset, row 4, column G (K01 Lainsäädäntö estää automaattisen pä…): '6' is outside the scale 1–5");
    }

    @Test
    void aDuplicateRespondentIdNamesBothRows() {
        Path file = withRow("duplicate.xlsx", 4, List.of("R012", "Turun kaupunki", "Kunta", "", "", "", 5, 5, "Kyllä", ""));
        assertThat(refused(file)).contains("sheet Svar, row 2, column A (Svarande): duplicate respondent id 'R012' (first at sheet Vastaukset, row 6)");
    }

    @Test
    void everyProblemIsListedUpToTheLimit() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of("R" + i, "Kunta " + i, "Kunta", "", "", "", 9, 3, "Ehkä", ""));
        }
        Path file = new Exports().sheet("Vastaukset", SmallSurvey.FI_HEADER, rows).sheet("Svar", SmallSurvey.SV_HEADER, List.of())
                .xlsx(dir.resolve("many.xlsx"));
        String err = refused(file);
        assertThat(err).contains("160 problems, nothing imported").contains("… and 110 more")
                .contains("sheet Vastaukset, row 2, column I (K03 Onko organisaationne käyttänyt auto…): 'Ehkä' is not an option of question k03; options: yes, no");
        assertThat(err.lines().filter(l -> l.startsWith("  sheet")).count()).isEqualTo(50);
    }

    @Test
    void aCsvWithoutTheIdColumnNamesTheHeaderRow() throws Exception {
        Path file = Files.writeString(dir.resolve("no-id.csv"), "Organisaatio;K01;K02\nEspoo;3;4\n");
        assertThat(refused(file)).contains("no respondent id column");
    }
}
