package org.lexmaturity.report;

import java.util.function.Function;
import org.lexmaturity.kernel.Markup;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * Writes a {@link ReportDocument} as one self-contained, accessible HTML5 page in XHTML syntax (so it also parses as
 * XML and feeds {@link PdfWriter}): a {@code lang}, one {@code <h1>}, no skipped heading levels, a table of contents,
 * captioned tables with header scopes, figures with inline SVG described by their alt text, and an embedded
 * print-friendly stylesheet; no scripts and no external resources. All text from the data is escaped, and SVG is
 * parsed and stripped of scripts, event handlers and outside links before it is inlined. Stateless and thread-safe.
 */
public final class HtmlWriter {

    private HtmlWriter() {}

    /** Writes {@code report} as HTML to {@code out}, which is flushed and left open. */
    public static void write(ReportDocument report, Writer out) throws IOException {
        out.write(render(report, false));
        out.flush();
    }

    /**
     * The page as text; {@code forPdf} gives the variant openhtmltopdf lays out: PNG pictures as data URIs instead
     * of SVG, page-number margin boxes, PDF bookmarks and the embedded font's name.
     */
    static String render(ReportDocument report, boolean forPdf) {
        return new Run(report, forPdf).render();
    }

    private static final class Run {
        private final ReportDocument report;
        private final ReportLanguage lang;
        private final ReportOutline outline;
        private final boolean pdf;
        private final StringBuilder sb = new StringBuilder(16_384);
        private int tables;
        private int figures;

        Run(ReportDocument report, boolean pdf) {
            this.report = report;
            this.lang = ReportLanguage.of(report.language());
            this.outline = new ReportOutline(report);
            this.pdf = pdf;
        }

        String render() {
            sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang.code)
                    .append("\" xml:lang=\"").append(lang.code).append("\" dir=\"ltr\">\n<head>\n")
                    .append("<meta charset=\"utf-8\" />\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                    .append("<title>").append(Markup.escape(report.title())).append("</title>\n");
            String description = report.subtitle() != null && !report.subtitle().isBlank() ? report.subtitle() : report.title();
            sb.append("<meta name=\"description\" content=\"").append(Markup.escape(description)).append("\" />\n");
            if (pdf) {
                // openhtmltopdf takes the PDF's subject (and the XMP description PDF/UA asks for) from this
                sb.append("<meta name=\"subject\" content=\"").append(Markup.escape(description)).append("\" />\n");
            }
            sb.append("<meta name=\"generator\" content=\"Lexmaturity\" />\n")
                    .append("<style>\n").append(ReportCss.COMMON).append(pdf ? ReportCss.PDF : ReportCss.SCREEN)
                    .append("</style>\n");
            if (pdf) {
                bookmarks();
            }
            sb.append("</head>\n<body>\n");
            cover();
            contents();
            sb.append("<main>\n");
            for (ReportDocument.Block b : report.blocks()) {
                block(b);
            }
            sb.append("</main>\n</body>\n</html>\n");
            return sb.toString();
        }

        private void cover() {
            sb.append("<header class=\"cover\">\n<h1>").append(Markup.escape(report.title())).append("</h1>\n");
            if (report.subtitle() != null && !report.subtitle().isBlank()) {
                sb.append("<p class=\"subtitle\">").append(Markup.escape(report.subtitle())).append("</p>\n");
            }
            if (report.date() != null) {
                sb.append("<p class=\"date\">").append(time(report.date())).append("</p>\n");
            }
            sb.append("</header>\n");
        }

        private String time(LocalDate d) {
            return "<time datetime=\"" + d + "\">" + Markup.escape(lang.formatDate(d)) + "</time>";
        }

        /** Levels 1–2 as nested lists, as in the Word document's TOC field. */
        private void contents() {
            List<ReportOutline.Entry> entries = outline.entries().stream().filter(e -> e.level() <= 2).toList();
            if (entries.isEmpty()) {
                return;
            }
            sb.append("<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">")
                    .append(Markup.escape(lang.contents)).append("</h2>\n");
            // PDF/UA wants a title on every link; in a browser it would only repeat the link text.
            nestedList(entries, "ol", e -> "<li><a href=\"#" + e.id() + "\"" + (pdf ? " title=\"" + Markup.escape(e.text()) + "\"" : "")
                    + ">" + Markup.escape(e.text()) + "</a>", "</li>");
            sb.append("</nav>\n");
        }

        /** openhtmltopdf turns these into the PDF's outline (bookmarks), headings of all levels. */
        private void bookmarks() {
            if (outline.entries().isEmpty()) {
                return;
            }
            sb.append("<bookmarks>\n");
            nestedList(outline.entries(), null,
                    e -> "<bookmark name=\"" + Markup.escape(e.text()) + "\" href=\"#" + e.id() + "\">", "</bookmark>");
            sb.append("</bookmarks>\n");
        }

        /** Writes entries as a tree; levels rise by at most one at a time (see {@link ReportOutline}). */
        private void nestedList(List<ReportOutline.Entry> entries, String listTag,
                                Function<ReportOutline.Entry, String> open, String close) {
            String ol = listTag == null ? "" : "<" + listTag + ">";
            String endOl = listTag == null ? "" : "</" + listTag + ">";
            int depth = 0;
            for (ReportOutline.Entry e : entries) {
                if (depth == 0) {
                    sb.append(ol);
                    depth = 1;
                } else if (e.level() > depth) {
                    sb.append(ol);
                    depth++;
                } else {
                    sb.append(close).append('\n');
                    while (depth > e.level()) {
                        sb.append(endOl).append(close).append('\n');
                        depth--;
                    }
                }
                sb.append(open.apply(e));
            }
            if (depth > 0) {
                sb.append(close);
                while (depth > 1) {
                    sb.append(endOl).append(close);
                    depth--;
                }
                sb.append(endOl).append('\n');
            }
        }

        private void block(ReportDocument.Block b) {
            if (b instanceof ReportDocument.Heading h) {
                ReportOutline.Entry e = outline.of(h);
                int level = e.level() + 1;   // the report title is the one <h1>
                sb.append("<h").append(level).append(" id=\"").append(e.id()).append("\">").append(Markup.escape(e.text()))
                        .append("</h").append(level).append(">\n");
            } else if (b instanceof ReportDocument.Paragraph p) {
                for (String part : ReportLanguage.nullToEmpty(p.text()).split("\\n\\s*\\n")) {
                    if (!part.isBlank()) {
                        sb.append("<p>").append(lines(part.strip())).append("</p>\n");
                    }
                }
            } else if (b instanceof ReportDocument.KeyFigures k) {
                keyFigures(k);
            } else if (b instanceof ReportDocument.Table t) {
                sb.append("<div class=\"table-wrap\">\n");
                table(t, lang.tableCaption(++tables, t.caption()));
                sb.append("</div>\n");
                source(t.source());
            } else if (b instanceof ReportDocument.Figure f) {
                figure(f);
            } else if (b instanceof ReportDocument.Quote q) {
                sb.append("<blockquote>\n<p>").append(lines(lang.quoted(q.text()))).append("</p>\n");
                if (q.attribution() != null && !q.attribution().isBlank()) {
                    sb.append("<footer>\u2013 ").append(Markup.escape(q.attribution().strip())).append("</footer>\n");
                }
                sb.append("</blockquote>\n");
            } else if (b instanceof ReportDocument.PageBreak) {
                sb.append("<div class=\"page-break\"></div>\n");
            }
        }

        private void keyFigures(ReportDocument.KeyFigures k) {
            if (k.figures().isEmpty()) {
                return;
            }
            // A list in browsers; divs for openhtmltopdf, whose PDF tags reject list items laid out inline-block.
            String list = pdf ? "div" : "ul";
            String item = pdf ? "div" : "li";
            sb.append('<').append(list).append(" class=\"key-figures kf-").append(Math.min(4, k.figures().size())).append("\">");
            for (ReportDocument.KeyFigure f : k.figures()) {
                sb.append('<').append(item).append(" class=\"kf\"><p class=\"kf-value\">").append(Markup.escape(f.value())).append("</p><p class=\"kf-label\">")
                        .append(Markup.escape(f.label())).append("</p>");
                String src = lang.sourceLine(f.source());
                if (!src.isEmpty()) {
                    sb.append("<p class=\"kf-source\">").append(Markup.escape(src)).append("</p>");
                }
                sb.append("</").append(item).append('>');
            }
            sb.append("</").append(list).append(">\n");
        }

        private void table(ReportDocument.Table t, String caption) {
            int cols = Math.max(1, t.headers().size());
            // A text first column names its row, so screen readers announce it with each number.
            boolean rowHeaders = cols > 1 && !numeric(t, 0);
            // wide tables get a smaller type so that they fit the page in print and PDF
            sb.append(cols >= 6 ? "<table class=\"wide\">" : "<table>").append("\n<caption>").append(Markup.escape(caption)).append("</caption>\n<thead>\n<tr>");
            for (int c = 0; c < cols; c++) {
                sb.append("<th scope=\"col\"").append(numeric(t, c) ? " class=\"num\"" : "").append(">")
                        .append(Markup.escape(c < t.headers().size() ? t.headers().get(c) : "")).append("</th>");
            }
            sb.append("</tr>\n</thead>\n<tbody>\n");
            for (List<Object> row : t.rows()) {
                sb.append("<tr>");
                for (int c = 0; c < cols; c++) {
                    Object v = c < row.size() ? row.get(c) : null;
                    String tag = rowHeaders && c == 0 ? "th" : "td";
                    sb.append('<').append(tag).append(rowHeaders && c == 0 ? " scope=\"row\"" : "")
                            .append(numeric(t, c) ? " class=\"num\"" : "").append('>')
                            .append(v instanceof LocalDate d ? time(d) : Markup.escape(lang.cellText(v)))
                            .append("</").append(tag).append('>');
                }
                sb.append("</tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }

        private static boolean numeric(ReportDocument.Table t, int c) {
            return c < t.numeric().size() && Boolean.TRUE.equals(t.numeric().get(c));
        }

        private void source(String source) {
            String line = lang.sourceLine(source);
            if (!line.isEmpty()) {
                sb.append("<p class=\"source\">").append(Markup.escape(line)).append("</p>\n");
            }
        }

        private void figure(ReportDocument.Figure f) {
            int n = ++figures;
            String alt = ReportLanguage.nullToEmpty(f.altText()).strip();
            if (alt.isEmpty()) {
                alt = ReportLanguage.nullToEmpty(f.caption()).strip();
            }
            sb.append("<figure id=\"").append(ReportOutline.slug(lang.figure)).append('-').append(n).append("\">\n")
                    .append("<figcaption>").append(Markup.escape(lang.figureCaption(n, f.caption()))).append("</figcaption>\n");
            String svg = pdf ? null : SafeSvg.of(f.svg(), alt);
            if (svg != null) {
                sb.append(svg).append('\n');
            } else if (f.png() != null && f.png().length > 0) {
                sb.append("<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(f.png()))
                        .append("\" alt=\"").append(Markup.escape(alt)).append("\" />\n");
            } else {
                sb.append("<p class=\"alt-text\">").append(Markup.escape(alt)).append("</p>\n");
            }
            String src = lang.sourceLine(f.source());
            if (!src.isEmpty()) {
                sb.append("<p class=\"source\">").append(Markup.escape(src)).append("</p>\n");
            }
            if (!pdf && f.table() != null) {
                // The numbers behind the chart, for readers who cannot see it.
                sb.append("<details>\n<summary>").append(Markup.escape(lang.figureData)).append("</summary>\n<div class=\"table-wrap\">\n");
                table(f.table(), lang.figureCaption(n, f.caption()));
                sb.append("</div>\n</details>\n");
            }
            sb.append("</figure>\n");
        }

        private static String lines(String text) {
            return Markup.escape(text).replace("\r\n", "\n").replace("\n", "<br />");
        }
    }
}
