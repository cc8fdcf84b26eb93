package org.lexmaturity.report;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report as the page template {@code report-templates/report.html} shows it: every text worded, numbered and
 * formatted in the report's language, the headings as trees for the contents list and the PDF bookmarks, and each
 * picture chosen for the screen (sanitized SVG) or for openhtmltopdf (PNG). The records are public only so that the
 * template engine may read them; the class keeps them inside the package. Built per rendering, immutable after.
 */
final class ReportPage {

    /** Blank lines separate paragraphs. */
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");

    private ReportPage() {}

    /**
     * The whole page. {@code pdf}: the variant openhtmltopdf lays out; {@code subtitle}, {@code source}s and the
     * like are null where the page shows nothing; {@code css} is {@link ReportCss}'s text for the variant.
     */
    public record Page(String lang, boolean pdf, String title, String subtitle, String date, String datetime,
                       String description, String css, String contentsHeading, String figureDataLabel,
                       List<Node> contents, List<Node> bookmarks, List<Block> blocks) {}

    /** A heading in the contents list or the bookmarks, with the headings under it. */
    public record Node(String id, String text, int level, List<Node> children) {}

    /** One block of the page's main part. */
    public sealed interface Block permits Heading, Paragraph, KeyFigures, Table, Figure, Quote, PageBreak {
        /** The template renders each block with the fragment named "block-" and this, e.g. "block-Quote". */
        default String kind() {
            return getClass().getSimpleName();
        }
    }

    /** {@code level}: 2–4, as the report title is the one h1. */
    public record Heading(int level, String id, String text) implements Block {
        /** One fragment per level, since a template cannot choose an element's name: "Heading2" is an h2. */
        @Override
        public String kind() {
            return "Heading" + level;
        }
    }

    /** One paragraph, its lines kept as written. */
    public record Paragraph(List<String> lines) implements Block {}

    /** {@code columns}: how many figures share a row (1–4). */
    public record KeyFigures(int columns, List<KeyFigure> figures) implements Block {}

    public record KeyFigure(String value, String label, String source) {}

    public record Table(DataTable data, String source) implements Block {}

    /**
     * {@code svg}: sanitized markup, for browsers; else {@code png}: a data: URI; else neither, and {@code alt} is
     * shown as text. {@code data}: the numbers behind the chart, or null.
     */
    public record Figure(String id, String caption, String svg, String png, String alt, String source, DataTable data)
            implements Block {}

    public record Quote(List<String> lines, String attribution) implements Block {}

    public record PageBreak() implements Block {}

    /** A captioned table; {@code wide} tables get a smaller type so that they fit the page in print and PDF. */
    public record DataTable(String caption, boolean wide, List<Cell> headers, List<Row> rows) {}

    /** {@code header}: the cell that names the row, or null when the first column is a number. */
    public record Row(Cell header, List<Cell> cells) {}

    /** {@code datetime}: the ISO date when the cell is a date, else null; {@code num}: right-aligned. */
    public record Cell(String text, String datetime, boolean num) {}

    static Page of(ReportDocument report, boolean pdf) {
        return new Builder(report, pdf).page();
    }

    private static final class Builder {
        private final ReportDocument report;
        private final ReportLanguage lang;
        private final ReportOutline outline;
        private final boolean pdf;
        private int tables;
        private int figures;

        Builder(ReportDocument report, boolean pdf) {
            this.report = report;
            this.lang = ReportLanguage.of(report.language());
            this.outline = new ReportOutline(report);
            this.pdf = pdf;
        }

        Page page() {
            String title = ReportLanguage.nullToEmpty(report.title());
            String subtitle = report.subtitle() != null && !report.subtitle().isBlank() ? report.subtitle() : null;
            LocalDate date = report.date();
            List<Block> blocks = new ArrayList<>();
            for (ReportDocument.Block b : report.blocks()) {
                add(b, blocks);
            }
            // Levels 1–2 in the contents, as in the Word document's TOC field; the PDF's outline has them all.
            List<Node> contents = tree(outline.entries().stream().filter(e -> e.level() <= 2).toList());
            return new Page(lang.code, pdf, title, subtitle, date == null ? null : lang.formatDate(date),
                    date == null ? null : date.toString(), subtitle != null ? subtitle : title,
                    "\n" + ReportCss.COMMON + (pdf ? ReportCss.PDF : ReportCss.SCREEN), lang.contents, lang.figureData,
                    contents, pdf ? tree(outline.entries()) : List.of(), List.copyOf(blocks));
        }

        private void add(ReportDocument.Block b, List<Block> out) {
            if (b instanceof ReportDocument.Heading h) {
                ReportOutline.Entry e = outline.of(h);
                out.add(new Heading(e.level() + 1, e.id(), e.text()));
            } else if (b instanceof ReportDocument.Paragraph p) {
                for (String part : PARAGRAPHS.split(ReportLanguage.nullToEmpty(p.text()))) {
                    if (!part.isBlank()) {
                        out.add(new Paragraph(lines(part.strip())));
                    }
                }
            } else if (b instanceof ReportDocument.KeyFigures k) {
                if (!k.figures().isEmpty()) {
                    out.add(new KeyFigures(Math.min(4, k.figures().size()), k.figures().stream()
                            .map(f -> new KeyFigure(f.value(), f.label(), source(f.source()))).toList()));
                }
            } else if (b instanceof ReportDocument.Table t) {
                out.add(new Table(table(t, lang.tableCaption(++tables, t.caption())), source(t.source())));
            } else if (b instanceof ReportDocument.Figure f) {
                out.add(figure(f));
            } else if (b instanceof ReportDocument.Quote q) {
                String by = q.attribution() != null && !q.attribution().isBlank() ? q.attribution().strip() : null;
                out.add(new Quote(lines(lang.quoted(q.text())), by));
            } else if (b instanceof ReportDocument.PageBreak) {
                out.add(new PageBreak());
            }
        }

        private Figure figure(ReportDocument.Figure f) {
            int n = ++figures;
            String alt = ReportLanguage.nullToEmpty(f.altText()).strip();
            if (alt.isEmpty()) {
                alt = ReportLanguage.nullToEmpty(f.caption()).strip();
            }
            String caption = lang.figureCaption(n, f.caption());
            String svg = pdf ? null : SafeSvg.of(f.svg(), alt);
            String png = svg == null && f.png() != null && f.png().length > 0
                    ? "data:image/png;base64," + Base64.getEncoder().encodeToString(f.png()) : null;
            DataTable data = !pdf && f.table() != null ? table(f.table(), caption) : null;
            return new Figure(ReportOutline.slug(lang.figure) + "-" + n, caption, svg, png, alt, source(f.source()), data);
        }

        private DataTable table(ReportDocument.Table t, String caption) {
            int cols = Math.max(1, t.headers().size());
            // A text first column names its row, so screen readers announce it with each number.
            boolean rowHeaders = cols > 1 && !numeric(t, 0);
            List<Cell> headers = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                headers.add(new Cell(c < t.headers().size() ? t.headers().get(c) : "", null, numeric(t, c)));
            }
            List<Row> rows = new ArrayList<>();
            for (List<Object> row : t.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    Object v = c < row.size() ? row.get(c) : null;
                    cells.add(v instanceof LocalDate d ? new Cell(lang.formatDate(d), d.toString(), numeric(t, c))
                            : new Cell(lang.cellText(v), null, numeric(t, c)));
                }
                rows.add(rowHeaders ? new Row(cells.get(0), List.copyOf(cells.subList(1, cols)))
                        : new Row(null, List.copyOf(cells)));
            }
            return new DataTable(caption, cols >= 6, List.copyOf(headers), List.copyOf(rows));
        }

        private static boolean numeric(ReportDocument.Table t, int c) {
            return c < t.numeric().size() && Boolean.TRUE.equals(t.numeric().get(c));
        }

        /** The source line, or null when there is none. */
        private String source(String source) {
            String line = lang.sourceLine(source);
            return line.isEmpty() ? null : line;
        }

        private static List<String> lines(String text) {
            return List.of(LINE_BREAK.split(text, -1));
        }

        /** Entries as a tree; levels rise by at most one at a time (see {@link ReportOutline}). */
        private static List<Node> tree(List<ReportOutline.Entry> entries) {
            List<Node> top = new ArrayList<>();
            Deque<Node> open = new ArrayDeque<>();
            for (ReportOutline.Entry e : entries) {
                while (!open.isEmpty() && open.peek().level() >= e.level()) {
                    open.pop();
                }
                Node n = new Node(e.id(), e.text(), e.level(), new ArrayList<>());
                (open.isEmpty() ? top : open.peek().children()).add(n);
                open.push(n);
            }
            return top;
        }
    }
}
