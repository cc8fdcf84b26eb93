package org.lexmaturity.report;

import java.util.ArrayList;
import java.util.Collections;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as a sequence of blocks, independent of its output format: the report builder fills it from the
 * report definition and the analyses, and the DOCX, XLSX, HTML and PDF writers each render the same blocks,
 * so that every format has the same sections and the same numbers.
 */
public record ReportDocument(String type, String language, String title, String subtitle, LocalDate date, List<Block> blocks) {
    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** One block of content. */
    public sealed interface Block permits Heading, Paragraph, KeyFigures, Table, Figure, Quote, PageBreak {}

    /** A heading, level 1 (chapter) to 3; the table of contents lists levels 1–2. */
    public record Heading(int level, String text) implements Block {}

    /** A paragraph of plain text; "**…**" marks nothing — text is text. */
    public record Paragraph(String text) implements Block {}

    /** Key figures shown side by side: a big number with its label, and where it comes from. */
    public record KeyFigures(List<KeyFigure> figures) implements Block {
        public KeyFigures {
            figures = List.copyOf(figures);
        }
    }

    /** {@code source}: the analysis (or query) the number was taken from, so a reader can trace it. */
    public record KeyFigure(String label, String value, String source) {}

    /**
     * A table: caption, column headers, rows of cell values (String, Long, BigDecimal, LocalDate), and the analysis
     * it came from ({@code source}); {@code numeric[i]} says whether column i is right-aligned and formatted as a number.
     */
    public record Table(String caption, List<String> headers, List<Boolean> numeric, List<List<Object>> rows, String source) implements Block {
        public Table {
            headers = List.copyOf(headers);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }
    }

    /**
     * A chart: caption, alt text (every picture has one), the PNG for documents and the SVG for HTML, its size
     * in pixels, and the analysis it shows. {@code chartType} and {@code table} let the XLSX writer draw a
     * native Excel chart from the same numbers where POI supports the type (bar, stacked-bar, line, pie).
     */
    public record Figure(String caption, String altText, byte[] png, String svg, int width, int height, String source,
                         String chartType, Table table) implements Block {}

    /** A short anonymised quote from a survey answer, attributed to an organisation type only. */
    public record Quote(String text, String attribution) implements Block {}

    public record PageBreak() implements Block {}
}
