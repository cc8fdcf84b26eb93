package org.lexmaturity.report;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes a {@link ReportDocument} as a Word document started from {@code reports/template.docx}, which holds the
 * styles (Title, Subtitle, Heading1–3, Caption, Quote, Source, ReportTable, …), A4 margins and the page-number
 * footer; this class only supplies content by style id. Stateless and thread-safe.
 */
public final class DocxWriter {

    /** The template on the class path (the {@code reports/} folder is packaged into the jar). */
    public static final String TEMPLATE = "/reports/template.docx";

    /** Text width of the template's A4 page: 11906 − 2 × 1418 twips. */
    static final int TEXT_WIDTH_TWIPS = 9070;
    private static final double TEXT_WIDTH_PT = TEXT_WIDTH_TWIPS / 20.0;
    /** Tallest picture, so a tall chart never pushes its caption and source apart across pages. */
    private static final double MAX_PICTURE_HEIGHT_PT = 560;
    private static final String ACCENT = "1F3864";
    private static final String HEADER_FILL = "DCE3F0";

    private DocxWriter() {}

    /** Writes {@code report} as DOCX to {@code out}, which is left open. */
    public static void write(ReportDocument report, OutputStream out) throws IOException {
        ReportLanguage lang = ReportLanguage.of(report.language());
        try (InputStream template = DocxWriter.class.getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                throw new IOException("DOCX report: template " + TEMPLATE + " is not on the class path");
            }
            try (XWPFDocument doc = new XWPFDocument(template)) {
                new Run(doc, report, lang).render();
                doc.write(out);
            }
        }
    }

    /** One rendering: the document being filled and the running table and figure numbers. */
    private static final class Run {
        private final XWPFDocument doc;
        private final ReportDocument report;
        private final ReportLanguage lang;
        private final ReportOutline outline;
        private int tables;
        private int figures;
        private boolean pageBreakPending;

        Run(XWPFDocument doc, ReportDocument report, ReportLanguage lang) {
            this.doc = doc;
            this.report = report;
            this.lang = lang;
            this.outline = new ReportOutline(report);
        }

        void render() throws IOException {
            while (!doc.getBodyElements().isEmpty()) {
                doc.removeBodyElement(0);
            }
            doc.getStyles().setSpellingLanguage(lang.tag);
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(ReportLanguage.nullToEmpty(report.title()));
            core.setSubjectProperty(ReportLanguage.nullToEmpty(report.subtitle()));
            core.setCreator("Lexmaturity");
            core.setKeywords(ReportLanguage.nullToEmpty(report.type()));
            doc.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(lang.tag);
            // Word asks to update fields on opening, which fills the table of contents and its page numbers.
            doc.enforceUpdateFields();

            titlePage();
            tableOfContents();
            pageBreakPending = true;
            for (ReportDocument.Block b : report.blocks()) {
                block(b);
            }
        }

        private void titlePage() {
            text(paragraph("Title"), report.title());
            if (report.subtitle() != null && !report.subtitle().isBlank()) {
                text(paragraph("Subtitle"), report.subtitle());
            }
            text(paragraph("DateLine"), lang.formatDate(report.date()));
            pageBreakPending = true;
        }

        private void tableOfContents() {
            text(paragraph("TOCHeading"), lang.contents);
            XWPFParagraph p = paragraph(null);
            fieldChar(p, STFldCharType.BEGIN);
            XWPFRun instr = p.createRun();
            var t = instr.getCTR().addNewInstrText();
            t.setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
            t.setSpace(SpaceAttribute.Space.PRESERVE);
            fieldChar(p, STFldCharType.SEPARATE);
            // The field's shown result until Word updates it on opening: the note, which the real TOC then replaces.
            XWPFRun note = p.createRun();
            note.setItalic(true);
            note.setColor("595959");
            note.setText(lang.tocNote);
            fieldChar(p, STFldCharType.END);
        }

        private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
            p.createRun().getCTR().addNewFldChar().setFldCharType(type);
        }

        private void block(ReportDocument.Block b) throws IOException {
            if (b instanceof ReportDocument.Heading h) {
                ReportOutline.Entry e = outline.of(h);
                text(paragraph("Heading" + e.level()), e.text());
            } else if (b instanceof ReportDocument.Paragraph p) {
                for (String part : ReportLanguage.nullToEmpty(p.text()).split("\\n\\s*\\n")) {
                    text(paragraph(null), part.strip());
                }
            } else if (b instanceof ReportDocument.KeyFigures k) {
                keyFigures(k);
            } else if (b instanceof ReportDocument.Table t) {
                caption(lang.table, ++tables, t.caption());
                table(t);
                source(t.source());
            } else if (b instanceof ReportDocument.Figure f) {
                figure(f);
            } else if (b instanceof ReportDocument.Quote q) {
                text(paragraph("Quote"), lang.quoted(q.text()));
                if (q.attribution() != null && !q.attribution().isBlank()) {
                    text(paragraph("QuoteAttribution"), "\u2013 " + q.attribution().strip());
                }
            } else if (b instanceof ReportDocument.PageBreak) {
                pageBreakPending = true;
            }
        }

        private XWPFParagraph paragraph(String style) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            if (pageBreakPending) {
                p.setPageBreak(true);
                pageBreakPending = false;
            }
            return p;
        }

        /** Sets text, turning line breaks in the data into Word line breaks. */
        private static void text(XWPFParagraph p, String text) {
            String[] lines = ReportLanguage.nullToEmpty(text).split("\\r?\\n", -1);
            XWPFRun r = p.createRun();
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    r.addBreak();
                }
                r.setText(lines[i], i);
            }
        }

        /** "Taulukko 3. …" with the number as a SEQ field, so Word can build a list of tables and renumber. */
        private void caption(String label, int n, String caption) {
            XWPFParagraph p = paragraph("Caption");
            p.createRun().setText(label + " ");
            fieldChar(p, STFldCharType.BEGIN);
            XWPFRun instr = p.createRun();
            var t = instr.getCTR().addNewInstrText();
            t.setStringValue(" SEQ " + label + " \\* ARABIC ");
            t.setSpace(SpaceAttribute.Space.PRESERVE);
            fieldChar(p, STFldCharType.SEPARATE);
            p.createRun().setText(Integer.toString(n));
            fieldChar(p, STFldCharType.END);
            p.createRun().setText(". " + ReportLanguage.nullToEmpty(caption).strip());
        }

        private void source(String source) {
            String line = lang.sourceLine(source);
            if (!line.isEmpty()) {
                text(paragraph("Source"), line);
            }
        }

        private void keyFigures(ReportDocument.KeyFigures k) {
            List<ReportDocument.KeyFigure> figs = k.figures();
            if (figs.isEmpty()) {
                return;
            }
            if (pageBreakPending) {
                paragraph(null);
            }
            int cols = Math.min(4, figs.size());
            int rows = (figs.size() + cols - 1) / cols;
            XWPFTable t = doc.createTable(rows, cols);
            DocxTables.noBorders(t);
            DocxTables.layout(t, DocxTables.equalWidths(cols));
            for (int i = 0; i < figs.size(); i++) {
                ReportDocument.KeyFigure f = figs.get(i);
                XWPFTableCell cell = t.getRow(i / cols).getCell(i % cols);
                XWPFParagraph value = cell.getParagraphArray(0);
                value.setStyle("KeyFigureValue");
                text(value, f.value());
                XWPFParagraph label = cell.addParagraph();
                label.setStyle("KeyFigureLabel");
                text(label, f.label());
                String src = lang.sourceLine(f.source());
                if (!src.isEmpty()) {
                    XWPFParagraph s = cell.addParagraph();
                    s.setStyle("Source");
                    s.setSpacingAfter(120);
                    text(s, src);
                }
            }
            for (XWPFTableRow row : t.getRows()) {
                row.setCantSplitRow(true);
            }
            paragraph(null).setSpacingAfter(0);   // keeps the next table from merging with this one
        }

        private void table(ReportDocument.Table table) {
            int cols = Math.max(1, table.headers().size());
            XWPFTable t = doc.createTable(1 + table.rows().size(), cols);
            t.setStyleID("ReportTable");
            DocxTables.noBorders(t);
            // Direct borders as well as the style's, since not every viewer applies table styles.
            t.setTopBorder(XWPFBorderType.SINGLE, 8, 0, ACCENT);
            t.setBottomBorder(XWPFBorderType.SINGLE, 8, 0, ACCENT);
            t.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "BFBFBF");
            DocxTables.layout(t, contentWidths(table, cols));

            XWPFTableRow header = t.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = header.getCell(c);
                cell.setColor(HEADER_FILL);
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.BOTTOM);
                var borders = cell.getCTTc().getTcPr().addNewTcBorders().addNewBottom();
                borders.setVal(STBorder.SINGLE);
                borders.setSz(BigInteger.valueOf(8));
                borders.setColor(ACCENT);
                cellText(cell, c < table.headers().size() ? table.headers().get(c) : "", numeric(table, c), true, cols);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                XWPFTableRow row = t.getRow(r + 1);
                row.setCantSplitRow(true);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < cols; c++) {
                    Object v = c < values.size() ? values.get(c) : null;
                    cellText(row.getCell(c), lang.cellText(v), numeric(table, c), false, cols);
                }
            }
        }

        private static boolean numeric(ReportDocument.Table t, int c) {
            return c < t.numeric().size() && Boolean.TRUE.equals(t.numeric().get(c));
        }

        private static void cellText(XWPFTableCell cell, String text, boolean numeric, boolean bold, int cols) {
            XWPFParagraph p = cell.getParagraphArray(0);
            p.setStyle("TableText");
            p.setSpacingAfter(0);
            p.setAlignment(numeric ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            text(p, text);
            if (bold) {
                p.getRuns().forEach(r -> r.setBold(true));
            }
            if (cols >= 6) {
                p.getRuns().forEach(r -> r.setFontSize(8)); // wide tables: smaller type keeps headers whole on A4
            }
        }

        /** Column widths from the longest cell text (capped) and the longest header word, so numbers get less room. */
        private int[] contentWidths(ReportDocument.Table table, int cols) {
            double[] weight = new double[cols];
            for (int c = 0; c < cols; c++) {
                double w = 4;
                if (c < table.headers().size()) {
                    for (String word : ReportLanguage.nullToEmpty(table.headers().get(c)).split("\\s+")) {
                        w = Math.max(w, word.length() * 1.3 + 1); // headers are bold: wider per letter
                    }
                }
                for (List<Object> row : table.rows()) {
                    if (c < row.size()) {
                        // in a wide table long texts wrap sooner, so that the number columns keep their headers whole
                        String cell = lang.cellText(row.get(c));
                        w = Math.max(w, Math.min(cols >= 6 ? 22 : 36, cell.length()));
                        for (String token : cell.split("\\s+")) {
                            w = Math.max(w, token.length() * 1.15 + 1); // a word or number that cannot wrap
                        }
                    }
                }
                weight[c] = w;
            }
            double sum = 0;
            for (double w : weight) {
                sum += w;
            }
            int[] widths = new int[cols];
            int used = 0;
            for (int c = 0; c < cols; c++) {
                widths[c] = c == cols - 1 ? TEXT_WIDTH_TWIPS - used : (int) Math.round(TEXT_WIDTH_TWIPS * weight[c] / sum);
                used += widths[c];
            }
            return widths;
        }

        private void figure(ReportDocument.Figure f) throws IOException {
            int n = ++figures;
            caption(lang.figure, n, f.caption());
            XWPFParagraph p = paragraph(null);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(0);
            String alt = ReportLanguage.nullToEmpty(f.altText()).strip();
            if (alt.isEmpty()) {
                alt = ReportLanguage.nullToEmpty(f.caption()).strip();
            }
            if (f.png() == null || f.png().length == 0) {
                text(p, alt);   // no picture: the description stands in for it
            } else {
                double[] size = pictureSize(f);
                XWPFRun r = p.createRun();
                try {
                    r.addPicture(new ByteArrayInputStream(f.png()), PictureType.PNG,
                            "figure-" + n + ".png", Units.toEMU(size[0]), Units.toEMU(size[1]));
                } catch (InvalidFormatException e) {
                    throw new IOException("DOCX report: figure " + n + " ('" + f.caption() + "'): " + e.getMessage(), e);
                }
                CTInline inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
                inline.getDocPr().setDescr(alt);
                inline.getDocPr().setName(lang.figure + " " + n);
            }
            source(f.source());
        }

        /** The picture scaled to the text width, keeping the PNG's proportions (its own size, else the record's). */
        private static double[] pictureSize(ReportDocument.Figure f) throws IOException {
            double w = f.width();
            double h = f.height();
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(f.png()));
            if (img != null) {
                w = img.getWidth();
                h = img.getHeight();
            }
            if (w <= 0 || h <= 0) {
                w = 4;
                h = 3;
            }
            double width = TEXT_WIDTH_PT;
            double height = width * h / w;
            if (height > MAX_PICTURE_HEIGHT_PT) {
                width = width * MAX_PICTURE_HEIGHT_PT / height;
                height = MAX_PICTURE_HEIGHT_PT;
            }
            return new double[] {width, height};
        }
    }

    static List<String> styleIds() {
        return new ArrayList<>(List.of("Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Normal", "Caption",
                "Quote", "QuoteAttribution", "Source", "DateLine", "KeyFigureValue", "KeyFigureLabel", "TableText",
                "TOCHeading", "TOC1", "TOC2", "Footer", "ReportTable"));
    }
}
