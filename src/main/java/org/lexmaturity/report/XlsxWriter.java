package org.lexmaturity.report;

import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFColor;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ReportDocument} as a workbook: a summary sheet (title, date, key figures, links to the tables),
 * then one sheet per table and per figure's table with real numbers and dates, and for bar, stacked-bar, line and
 * pie figures a native Excel chart beside the data. Stateless and thread-safe.
 */
public final class XlsxWriter {

    /** Chart types drawn natively; others keep only their data sheet. */
    public static final Set<String> CHART_TYPES = Set.of("bar", "stacked-bar", "line", "pie");
    /** Okabe–Ito colours, distinguishable with colour-blindness, darkest first. */
    private static final int MAX_COLUMN_CHARS = 60;

    private XlsxWriter() {}

    /** Writes {@code report} as XLSX to {@code out}, which is left open. */
    public static void write(ReportDocument report, OutputStream out) throws IOException {
        ReportLanguage lang = ReportLanguage.of(report.language());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new Run(wb, report, lang).render();
            wb.getProperties().getCoreProperties().setTitle(ReportLanguage.nullToEmpty(report.title()));
            wb.getProperties().getCoreProperties().setCreator("Lexmaturity");
            wb.write(out);
        }
    }

    /** A table to put on a sheet: its numbered caption, the data and, for a figure, its chart type. */
    private record DataSheet(String caption, String numberedCaption, ReportDocument.Table table, String chartType) {}

    private static final class Run {
        private final XSSFWorkbook wb;
        private final ReportDocument report;
        private final ReportLanguage lang;
        private final Map<String, CellStyle> styles = new HashMap<>();
        private final Set<String> sheetNames = new HashSet<>();

        Run(XSSFWorkbook wb, ReportDocument report, ReportLanguage lang) {
            this.wb = wb;
            this.report = report;
            this.lang = lang;
            createStyles();
        }

        void render() {
            List<DataSheet> data = new ArrayList<>();
            int tables = 0;
            int figures = 0;
            for (ReportDocument.Block b : report.blocks()) {
                if (b instanceof ReportDocument.Table t) {
                    tables++;
                    data.add(new DataSheet(t.caption(), lang.tableCaption(tables, t.caption()), t, null));
                } else if (b instanceof ReportDocument.Figure f) {
                    figures++;
                    if (f.table() != null) {
                        data.add(new DataSheet(f.caption(), lang.figureCaption(figures, f.caption()), f.table(), f.chartType()));
                    }
                }
            }
            XSSFSheet summary = wb.createSheet(uniqueName(lang.summary, lang.summary));
            List<String> names = new ArrayList<>();
            for (DataSheet d : data) {
                names.add(uniqueName(d.caption(), d.numberedCaption()));
            }
            summary(summary, data, names);
            for (int i = 0; i < data.size(); i++) {
                dataSheet(wb.createSheet(names.get(i)), data.get(i));
            }
            wb.setActiveSheet(0);
        }

        private void createStyles() {
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            XSSFFont title = wb.createFont();
            title.setBold(true);
            title.setFontHeightInPoints((short) 16);
            title.setColor(new XSSFColor(new byte[] {0x1F, 0x38, 0x64}, null));
            XSSFFont big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            XSSFFont note = wb.createFont();
            note.setItalic(true);
            note.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
            XSSFFont link = wb.createFont();
            link.setUnderline(Font.U_SINGLE);
            link.setColor(IndexedColors.BLUE.getIndex());

            styles.put("title", style(s -> s.setFont(title)));
            styles.put("bold", style(s -> s.setFont(bold)));
            styles.put("header", style(s -> {
                s.setFont(bold);
                s.setBorderBottom(BorderStyle.MEDIUM);
                s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xDC, (byte) 0xE3, (byte) 0xF0}, null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setVerticalAlignment(VerticalAlignment.BOTTOM);
                s.setWrapText(true);
            }));
            styles.put("header-num", style(s -> {
                s.cloneStyleFrom(styles.get("header"));
                s.setAlignment(HorizontalAlignment.RIGHT);
            }));
            styles.put("integer", style(s -> s.setDataFormat(wb.createDataFormat().getFormat("#,##0"))));
            styles.put("date", style(s -> {
                s.setDataFormat(wb.createDataFormat().getFormat(lang.excelDateFormat()));
                s.setAlignment(HorizontalAlignment.LEFT);
            }));
            styles.put("text-num", style(s -> s.setAlignment(HorizontalAlignment.RIGHT)));
            styles.put("big", style(s -> {
                s.setFont(big);
                s.setAlignment(HorizontalAlignment.RIGHT);
            }));
            styles.put("note", style(s -> s.setFont(note)));
            styles.put("link", style(s -> s.setFont(link)));
        }

        private XSSFCellStyle style(Consumer<XSSFCellStyle> setup) {
            XSSFCellStyle s = wb.createCellStyle();
            setup.accept(s);
            return s;
        }

        /** "#,##0.00" for a BigDecimal of scale 2; one style per scale, made once. */
        private CellStyle decimal(int scale) {
            return styles.computeIfAbsent("decimal-" + scale, k -> style(s -> s.setDataFormat(
                    wb.createDataFormat().getFormat(scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(Math.min(scale, 10))))));
        }

        /**
         * A sheet name from a caption: without the characters Excel forbids ({@code []:*?/\}), at most 31 characters,
         * unique ignoring case (as Excel compares), never empty.
         */
        private String uniqueName(String caption, String fallback) {
            String base = ReportLanguage.nullToEmpty(caption).replaceAll("[\\[\\]:*?/\\\\]", " ")
                    .replaceAll("\\s+", " ").strip().replaceAll("^'+|'+$", "").strip();
            if (base.isEmpty()) {
                base = ReportLanguage.nullToEmpty(fallback).replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
            }
            if (base.isEmpty() || base.equalsIgnoreCase("history")) {
                base = "Data";
            }
            String name = truncate(base, 31);
            for (int i = 2; !sheetNames.add(name.toLowerCase(Locale.ROOT)); i++) {
                String suffix = " (" + i + ")";
                name = truncate(base, 31 - suffix.length()) + suffix;
            }
            return name;
        }

        /** At most {@code max} characters; a shortened name ends at a word where one is near, with "…". */
        private static String truncate(String s, int max) {
            if (s.length() <= max) {
                return s;
            }
            String cut = s.substring(0, max - 1);
            int space = cut.lastIndexOf(' ');
            if (space >= max - 12) {
                cut = cut.substring(0, space);
            }
            return cut.strip() + "\u2026";
        }

        private void summary(XSSFSheet sheet, List<DataSheet> data, List<String> names) {
            int r = 0;
            cell(sheet, r++, 0, report.title(), "title");
            if (report.subtitle() != null && !report.subtitle().isBlank()) {
                cell(sheet, r++, 0, report.subtitle(), null);
            }
            Row dateRow = sheet.createRow(r++);
            dateRow.createCell(0).setCellValue(lang.date);
            dateRow.getCell(0).setCellStyle(styles.get("bold"));
            if (report.date() != null) {
                Cell d = dateRow.createCell(1);
                d.setCellValue(report.date());
                d.setCellStyle(styles.get("date"));
            }
            r++;
            List<ReportDocument.KeyFigure> figures = new ArrayList<>();
            for (ReportDocument.Block b : report.blocks()) {
                if (b instanceof ReportDocument.KeyFigures k) {
                    figures.addAll(k.figures());
                }
            }
            int[] widths = {lang.keyFigure.length(), lang.value.length(), lang.source.length()};
            if (!figures.isEmpty()) {
                Row h = sheet.createRow(r++);
                String[] head = {lang.keyFigure, lang.value, lang.source};
                for (int c = 0; c < 3; c++) {
                    h.createCell(c).setCellValue(head[c]);
                    h.getCell(c).setCellStyle(styles.get(c == 1 ? "header-num" : "header"));
                }
                for (ReportDocument.KeyFigure f : figures) {
                    Row row = sheet.createRow(r++);
                    cell(row, 0, f.label(), null);
                    cell(row, 1, f.value(), "big");
                    cell(row, 2, ReportLanguage.nullToEmpty(f.source()), "note");
                    widths[0] = Math.max(widths[0], len(f.label()));
                    widths[1] = Math.max(widths[1], len(f.value()) * 14 / 11);
                    widths[2] = Math.max(widths[2], len(f.source()));
                }
                r++;
            }
            if (!data.isEmpty()) {
                cell(sheet, r++, 0, lang.tables, "bold");
                for (int i = 0; i < data.size(); i++) {
                    Row row = sheet.createRow(r++);
                    Cell c = row.createCell(0);
                    c.setCellValue(data.get(i).numberedCaption());
                    XSSFHyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                    link.setAddress("'" + names.get(i).replace("'", "''") + "'!A1");
                    c.setHyperlink(link);
                    c.setCellStyle(styles.get("link"));
                }
            }
            // The title and table links may run over; the key figure columns set the widths.
            for (int c = 0; c < 3; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_COLUMN_CHARS, widths[c] + 2) * 256);
            }
        }

        private static int len(String s) {
            return s == null ? 0 : s.length();
        }

        private void cell(XSSFSheet sheet, int r, int c, String text, String style) {
            Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
            cell(row, c, text, style);
        }

        private void cell(Row row, int c, String text, String style) {
            Cell cell = row.createCell(c);
            cell.setCellValue(ReportLanguage.nullToEmpty(text));
            if (style != null) {
                cell.setCellStyle(styles.get(style));
            }
        }

        private void dataSheet(XSSFSheet sheet, DataSheet d) {
            ReportDocument.Table t = d.table();
            int cols = Math.max(1, t.headers().size());
            int[] widths = new int[cols];
            Row header = sheet.createRow(0);
            for (int c = 0; c < cols; c++) {
                String h = c < t.headers().size() ? t.headers().get(c) : "";
                cell(header, c, h, numeric(t, c) ? "header-num" : "header");
                widths[c] = len(h) + 1;
            }
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = t.rows().get(r);
                for (int c = 0; c < cols && c < values.size(); c++) {
                    value(row.createCell(c), values.get(c), numeric(t, c));
                    widths[c] = Math.max(widths[c], lang.cellText(values.get(c)).length());
                }
            }
            sheet.createFreezePane(0, 1);
            if (!t.rows().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, t.rows().size(), 0, cols - 1));
            }
            int r = t.rows().size() + 2;
            cell(sheet, r++, 0, d.numberedCaption(), "note");
            String source = lang.sourceLine(t.source());
            if (!source.isEmpty()) {
                cell(sheet, r, 0, source, "note");
            }
            for (int c = 0; c < cols; c++) {
                // +3 leaves room for the auto filter's button
                sheet.setColumnWidth(c, Math.min(MAX_COLUMN_CHARS, Math.max(8, widths[c] + 3)) * 256);
            }
            String type = d.chartType() == null ? "" : d.chartType().strip().toLowerCase(Locale.ROOT);
            if (CHART_TYPES.contains(type) && !t.rows().isEmpty()) {
                XlsxChart.draw(sheet, d.numberedCaption(), d.table(), type, cols);
            }
        }

        private void value(Cell cell, Object v, boolean numericColumn) {
            if (v == null) {
                return;
            }
            if (v instanceof BigDecimal bd) {
                cell.setCellValue(bd.doubleValue());
                cell.setCellStyle(decimal(bd.scale()));
            } else if (v instanceof Double || v instanceof Float) {
                cell.setCellValue(((Number) v).doubleValue());
                cell.setCellStyle(decimal(2));
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(styles.get("integer"));
            } else if (v instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.get("date"));
            } else {
                cell.setCellValue(v.toString());
                if (numericColumn) {
                    cell.setCellStyle(styles.get("text-num"));
                }
            }
        }

        private static boolean numeric(ReportDocument.Table t, int c) {
            return XlsxChart.numeric(t, c);
        }

    }
}
