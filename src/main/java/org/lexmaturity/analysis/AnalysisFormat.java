package org.lexmaturity.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lexmaturity.kernel.JsonOutput;

/**
 * The file formats an analysis result is written in: JSON, CSV (RFC 4180, UTF-8 with a byte-order mark so that
 * Excel reads it right) and XLSX (one sheet, bold frozen header). Column headers are the labels in the reader's
 * language; cells are written by type.
 */
public enum AnalysisFormat {
    JSON("json", "application/json"),
    CSV("csv", "text/csv; charset=utf-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    AnalysisFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** json, csv, xlsx: also the file name extension. */
    public String extension() {
        return extension;
    }

    /** The Content-Type to send. */
    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code name} (json, csv, xlsx; any case). */
    public static Optional<AnalysisFormat> byName(String name) {
        for (AnalysisFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of a media type without parameters ({@code text/csv}). */
    public static Optional<AnalysisFormat> byMediaType(String type) {
        for (AnalysisFormat f : values()) {
            if (f.mediaType.split(";")[0].equalsIgnoreCase(type.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Writes {@code result} with headers in {@code lang}; the stream is flushed, not closed. */
    public void write(AnalysisResult result, String lang, OutputStream out) {
        try {
            switch (this) {
                case JSON -> json(result, lang, out);
                case CSV -> csv(result, lang, out);
                case XLSX -> xlsx(result, lang, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write analysis " + result.definition().id() + " as " + extension + ": " + e.getMessage(), e);
        }
    }

    private static void json(AnalysisResult result, String lang, OutputStream out) throws IOException {
        AnalysisDefinition def = result.definition();
        JsonOutput.write(out, JsonOutput.Layout.TABLE, json -> {
            json.writeStartObject();
            json.writeStringField("analysis", def.id());
            json.writeStringField("title", def.title(lang));
            json.writeStringField("language", lang);
            json.writeObjectFieldStart("parameters");
            for (Map.Entry<String, String> p : new TreeMap<>(result.parameters()).entrySet()) {
                json.writeStringField(p.getKey(), p.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("columns");
            for (AnalysisDefinition.Column c : def.columns()) {
                json.writeStartObject();
                json.writeStringField("name", c.name());
                json.writeStringField("label", label(c, lang));
                json.writeStringField("type", c.type());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (List<Object> row : result.rows()) {
                json.writeStartArray();
                for (Object v : row) {
                    jsonCell(json, v);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** Numbers as numbers (decimals plain), true and false, null; anything else (dates, IRIs) as its text. */
    private static void jsonCell(JsonGenerator json, Object v) throws IOException {
        if (v == null) {
            json.writeNull();
        } else if (v instanceof Long l) {
            json.writeNumber(l);
        } else if (v instanceof Integer i) {
            json.writeNumber(i);
        } else if (v instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (v instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(v.toString());
        }
    }

    private static void csv(AnalysisResult result, String lang, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
        csv.printRecord(result.columns().stream().map(c -> label(c, lang)).toList());
        for (List<Object> row : result.rows()) {
            csv.printRecord(row.stream().map(AnalysisFormat::csvCell).toList());
        }
        csv.flush();
    }

    /**
     * Numbers with a decimal point whatever the locale; text that a spreadsheet would take for a formula (=, +, -,
     * @ first) gets a leading apostrophe, so opening the file never runs anything a register entry contained.
     */
    private static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        String s = v.toString();
        if (v instanceof String && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    private static void xlsx(AnalysisResult result, String lang, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

            Sheet sheet = wb.createSheet(sheetName(result.definition().title(lang)));
            List<AnalysisDefinition.Column> columns = result.columns();
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(label(columns.get(c), lang));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (List<Object> row : result.rows()) {
                Row xr = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = xr.createCell(c);
                    if (v instanceof Long l) {
                        cell.setCellValue(l);
                        cell.setCellStyle(integer);
                    } else if (v instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                        cell.setCellStyle(decimal);
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            // widths last, when every cell is there to measure
            for (int c = 0; c < columns.size(); c++) {
                sheet.autoSizeColumn(c);
                sheet.setColumnWidth(c, Math.min(sheet.getColumnWidth(c) + 512, 80 * 256));
            }
            wb.write(out);
        }
    }

    /** A valid sheet name from the title: at most 31 characters, none of []:*?/\ . */
    static String sheetName(String title) {
        String s = WorkbookUtil.createSafeSheetName(title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip(), '_');
        return s.length() > 31 ? s.substring(0, 31).strip() : s;
    }

    static String label(AnalysisDefinition.Column c, String lang) {
        return c.label().getOrDefault(lang, c.label().getOrDefault("en", c.name()));
    }
}
