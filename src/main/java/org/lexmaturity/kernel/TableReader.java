package org.lexmaturity.kernel;

import java.io.UncheckedIOException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads survey exports: Excel workbooks (XLSX, and the older XLS) with any number of sheets, and CSV files
 * in UTF-8 or Windows-1252 separated by semicolons, commas or tabs. The format and encoding are decided by
 * the content, not by the file name ({@link TextEncoding#utf8OrWindows1252}: a UTF-8 file with invalid bytes is
 * refused, not re-read as Windows-1252). POI's zip-bomb limits stay at their defaults.
 */
public final class TableReader {
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    static final int MAX_ROWS = 200_000;
    static final int MAX_COLUMNS = 1_000;

    private TableReader() {}

    public static Spreadsheet read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(name, "", "no such file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImportException(name, "", "larger than " + ByteSize.of(MAX_FILE_BYTES) + ", the limit for a survey export");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(name, "", "cannot be read: " + e.getMessage(), e);
        }
        return read(name, bytes);
    }

    public static Spreadsheet read(String name, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ImportException(name, "", "larger than " + ByteSize.of(MAX_FILE_BYTES) + ", the limit for a survey export");
        }
        if (isZip(bytes) || isOle2(bytes)) {
            return workbook(name, bytes);
        }
        return csv(name, bytes);
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** OLE2 compound file: an old .xls, or an encrypted (password-protected) .xlsx. */
    private static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0;
    }

    private static Spreadsheet workbook(String name, byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter format = new DataFormatter(Locale.ROOT);
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            List<Spreadsheet.Sheet> sheets = new ArrayList<>();
            for (Sheet sheet : wb) {
                Spreadsheet.Sheet s = sheet(name, sheet, format, eval);
                if (s != null) {
                    sheets.add(s);
                }
            }
            if (sheets.isEmpty()) {
                throw new ImportException(name, "", "the workbook has no sheet with data");
            }
            return new Spreadsheet(name, sheets);
        } catch (EncryptedDocumentException e) {
            throw new ImportException(name, "", "the workbook is password-protected; save it without a password and import it again");
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(name, "", "not a readable Excel workbook: " + reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        if (m != null && m.contains("Zip bomb")) {
            return "it expands far more than a real workbook would (zip bomb protection)";
        }
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private static Spreadsheet.Sheet sheet(String file, Sheet sheet, DataFormatter format, FormulaEvaluator eval) {
        List<String> header = null;
        int headerRow = 0;
        List<Spreadsheet.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = cells(row, format, eval);
            int number = row.getRowNum() + 1;
            if (header == null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                header = cells;
                headerRow = number;
                if (header.size() > MAX_COLUMNS) {
                    throw new ImportException(file, "sheet " + sheet.getSheetName(), "more than " + MAX_COLUMNS + " columns");
                }
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new ImportException(file, "sheet " + sheet.getSheetName(), "more than " + MAX_ROWS + " rows");
            }
            Spreadsheet.Row r = new Spreadsheet.Row(number, cells);
            if (!r.isBlank()) {
                rows.add(r);
            }
        }
        return header == null ? null : new Spreadsheet.Sheet(sheet.getSheetName(), headerRow, header, rows);
    }

    private static List<String> cells(Row row, DataFormatter format, FormulaEvaluator eval) {
        int last = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS + 1);
        List<String> cells = new ArrayList<>(last);
        for (int c = 0; c < last; c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : format.formatCellValue(cell, eval).strip());
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static Spreadsheet csv(String name, byte[] bytes) {
        String text = TextEncoding.utf8OrWindows1252(name, bytes);
        if (text.indexOf('\0') >= 0) {
            throw new ImportException(name, "", "neither an Excel workbook nor a CSV text file");
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        List<String> header = null;
        int headerRow = 0;
        List<Spreadsheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(c -> cells.add(c.strip()));
                if (header == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    header = cells;
                    headerRow = number;
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new ImportException(name, "", "more than " + MAX_ROWS + " rows");
                }
                Spreadsheet.Row r = new Spreadsheet.Row(number, cells);
                if (!r.isBlank()) {
                    rows.add(r);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(name, "", "not a readable CSV file: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new ImportException(name, "", "the file is empty");
        }
        return new Spreadsheet(name, List.of(new Spreadsheet.Sheet("", headerRow, header, rows)));
    }

    /** The separator that splits the header line into the most fields, quotes respected. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        int bestCount = -1;
        for (char d : new char[] {';', ',', '\t'}) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < first.length(); i++) {
                char c = first.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == d && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }
}
