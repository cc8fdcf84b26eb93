package org.lexmaturity.survey;

import org.lexmaturity.kernel.Spreadsheet;
import org.lexmaturity.kernel.TableReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.kernel.Problems;

/**
 * The dry run of a survey import as a value a page or the API can show: the mapping that would be used (given or
 * inferred), the sheets and languages found, the counts, and every problem with its file, sheet, row and column.
 * Reads and checks only; nothing is written. Stateless and thread-safe.
 */
public final class SurveyDryRun {
    /** "sheet Svar, row 14, column G (K01 …)", "row 3, column B", "sheet Vastaukset, row 1". */
    private static final Pattern PLACE = Pattern.compile("^(?:sheet (?<sheet>.+?)(?:, (?=row)|$))?(?:row (?<row>\\d+))?(?:, column (?<column>.+))?$");

    /** A sheet of the export: {@code used} when the mapping reads it; {@code language} guessed from its header row. */
    public record SheetInfo(String name, int headerRow, int rows, String language, boolean used) {}

    /** One problem; {@code sheet}, {@code row} and {@code column} are empty where the place is not a cell. */
    public record Problem(String file, String sheet, String row, String column, String message) {}

    /**
     * The outcome. {@code mapping} is empty when the mapping itself could not be read; {@code responses} and
     * {@code answers} count what the import would write, and are zero while there are problems.
     */
    public record Preview(String file, boolean mappingGiven, Optional<SurveyMapping> mapping, String mappingYaml,
                          List<SheetInfo> sheets, List<String> languages, int responses, int answers,
                          List<Problem> problems, int totalProblems) {
        public boolean importable() {
            return totalProblems == 0 && mapping.isPresent();
        }
    }

    private SurveyDryRun() {}

    /**
     * Runs the dry run on an export held in memory.
     *
     * @param mappingYaml the text of a YAML mapping, or empty to infer one from the header row
     */
    public static Preview run(String fileName, byte[] export, Optional<String> mappingYaml, String mappingName) {
        Spreadsheet table;
        try {
            table = TableReader.read(fileName, export);
        } catch (ImportException e) {
            return failed(fileName, mappingYaml.isPresent(), Optional.empty(), List.of(), e);
        }
        List<SheetInfo> sheets = new ArrayList<>();
        SurveyMapping mapping;
        try {
            mapping = mappingYaml.isPresent() ? MappingFile.read(mappingName, new StringReader(mappingYaml.get()))
                    : MappingInference.infer(table);
        } catch (ImportException e) {
            return failed(fileName, mappingYaml.isPresent(), Optional.empty(), sheetInfo(table, List.of()), e);
        }
        sheets.addAll(sheetInfo(table, mapping.sheets()));
        try {
            SurveyData data = SurveyImport.check(table, mapping);
            return new Preview(fileName, mappingYaml.isPresent(), Optional.of(mapping), MappingFile.toYaml(mapping), sheets,
                    languages(mapping, sheets), data.responses().size(), data.answerCount(), List.of(), 0);
        } catch (ImportException e) {
            return failed(fileName, mappingYaml.isPresent(), Optional.of(mapping), sheets, e);
        }
    }

    private static Preview failed(String file, boolean given, Optional<SurveyMapping> mapping, List<SheetInfo> sheets, ImportException e) {
        List<Problem> problems = problems(e);
        int total = total(e);
        return new Preview(file, given, mapping, mapping.map(MappingFile::toYaml).orElse(""), sheets,
                mapping.map(m -> languages(m, sheets)).orElse(List.of()), 0, 0, problems, total);
    }

    /** Every problem an import failure carries, with its place split into sheet, row and column. */
    public static List<Problem> problems(ImportException e) {
        if (e instanceof Problems.Failed f) {
            return f.problems().stream().map(p -> problem(e.source(), p.place(), p.message())).toList();
        }
        return List.of(problem(e.source(), e.place(), e.problem()));
    }

    /** How many problems the failure found; {@link #problems} lists the first ones. */
    public static int total(ImportException e) {
        return e instanceof Problems.Failed f ? f.total() : 1;
    }

    static Problem problem(String file, String place, String message) {
        Matcher m = PLACE.matcher(place == null ? "" : place);
        if (place == null || place.isEmpty() || !m.matches() || (m.group("sheet") == null && m.group("row") == null)) {
            // not a cell: a mapping field ("field survey"), a YAML line, or the file as a whole
            return new Problem(file, "", "", "", place == null || place.isEmpty() ? message : place + ": " + message);
        }
        return new Problem(file, orEmpty(m.group("sheet")), orEmpty(m.group("row")), orEmpty(m.group("column")), message);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static List<SheetInfo> sheetInfo(Spreadsheet table, List<String> mapped) {
        List<SheetInfo> out = new ArrayList<>();
        for (Spreadsheet.Sheet s : table.sheets()) {
            boolean used = mapped.isEmpty() ? !s.rows().isEmpty() : mapped.stream().anyMatch(n -> n.equalsIgnoreCase(s.name()));
            String header = String.join(" ", s.header());
            out.add(new SheetInfo(s.name(), s.headerRow(), (int) s.rows().stream().filter(r -> !r.isBlank()).count(),
                    header.isBlank() ? "" : Languages.guess(header), used));
        }
        return out;
    }

    /** The languages of the answer sheets and of the question texts, in the order first met. */
    private static List<String> languages(SurveyMapping mapping, List<SheetInfo> sheets) {
        Set<String> langs = new LinkedHashSet<>();
        sheets.stream().filter(SheetInfo::used).map(SheetInfo::language).filter(l -> !l.isEmpty()).forEach(langs::add);
        mapping.questions().forEach(q -> langs.addAll(q.text().keySet()));
        return List.copyOf(langs);
    }
}
