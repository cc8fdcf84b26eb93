package org.lexmaturity.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Writes a {@link ReportDocument} as one self-contained, accessible HTML5 page in XHTML syntax (so it also parses as
 * XML and feeds {@link PdfWriter}): a {@code lang}, one {@code <h1>}, no skipped heading levels, a table of contents,
 * captioned tables with header scopes, figures with inline SVG described by their alt text, and an embedded
 * print-friendly stylesheet; no scripts and no external resources. All text from the data is escaped, and SVG is
 * parsed and stripped of scripts, event handlers and outside links before it is inlined. Stateless and thread-safe.
 */
public final class HtmlWriter {

    private static final Set<String> UNSAFE_SVG_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener", "animate", "set", "animatemotion", "animatetransform");

    /** A CSS url(...) that points anywhere but into the document itself. */
    private static final java.util.regex.Pattern OUTSIDE_URL =
            java.util.regex.Pattern.compile("url\\(\\s*+['\"]?+\\s*+(?!#)");

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
                    .append("<title>").append(esc(report.title())).append("</title>\n");
            String description = report.subtitle() != null && !report.subtitle().isBlank() ? report.subtitle() : report.title();
            sb.append("<meta name=\"description\" content=\"").append(esc(description)).append("\" />\n");
            if (pdf) {
                // openhtmltopdf takes the PDF's subject (and the XMP description PDF/UA asks for) from this
                sb.append("<meta name=\"subject\" content=\"").append(esc(description)).append("\" />\n");
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
            sb.append("<header class=\"cover\">\n<h1>").append(esc(report.title())).append("</h1>\n");
            if (report.subtitle() != null && !report.subtitle().isBlank()) {
                sb.append("<p class=\"subtitle\">").append(esc(report.subtitle())).append("</p>\n");
            }
            if (report.date() != null) {
                sb.append("<p class=\"date\">").append(time(report.date())).append("</p>\n");
            }
            sb.append("</header>\n");
        }

        private String time(LocalDate d) {
            return "<time datetime=\"" + d + "\">" + esc(lang.formatDate(d)) + "</time>";
        }

        /** Levels 1–2 as nested lists, as in the Word document's TOC field. */
        private void contents() {
            List<ReportOutline.Entry> entries = outline.entries().stream().filter(e -> e.level() <= 2).toList();
            if (entries.isEmpty()) {
                return;
            }
            sb.append("<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">")
                    .append(esc(lang.contents)).append("</h2>\n");
            // PDF/UA wants a title on every link; in a browser it would only repeat the link text.
            nestedList(entries, "ol", e -> "<li><a href=\"#" + e.id() + "\"" + (pdf ? " title=\"" + esc(e.text()) + "\"" : "")
                    + ">" + esc(e.text()) + "</a>", "</li>");
            sb.append("</nav>\n");
        }

        /** openhtmltopdf turns these into the PDF's outline (bookmarks), headings of all levels. */
        private void bookmarks() {
            if (outline.entries().isEmpty()) {
                return;
            }
            sb.append("<bookmarks>\n");
            nestedList(outline.entries(), null,
                    e -> "<bookmark name=\"" + esc(e.text()) + "\" href=\"#" + e.id() + "\">", "</bookmark>");
            sb.append("</bookmarks>\n");
        }

        /** Writes entries as a tree; levels rise by at most one at a time (see {@link ReportOutline}). */
        private void nestedList(List<ReportOutline.Entry> entries, String listTag,
                                java.util.function.Function<ReportOutline.Entry, String> open, String close) {
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
                sb.append("<h").append(level).append(" id=\"").append(e.id()).append("\">").append(esc(e.text()))
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
                    sb.append("<footer>\u2013 ").append(esc(q.attribution().strip())).append("</footer>\n");
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
                sb.append('<').append(item).append(" class=\"kf\"><p class=\"kf-value\">").append(esc(f.value())).append("</p><p class=\"kf-label\">")
                        .append(esc(f.label())).append("</p>");
                String src = lang.sourceLine(f.source());
                if (!src.isEmpty()) {
                    sb.append("<p class=\"kf-source\">").append(esc(src)).append("</p>");
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
            sb.append(cols >= 6 ? "<table class=\"wide\">" : "<table>").append("\n<caption>").append(esc(caption)).append("</caption>\n<thead>\n<tr>");
            for (int c = 0; c < cols; c++) {
                sb.append("<th scope=\"col\"").append(numeric(t, c) ? " class=\"num\"" : "").append(">")
                        .append(esc(c < t.headers().size() ? t.headers().get(c) : "")).append("</th>");
            }
            sb.append("</tr>\n</thead>\n<tbody>\n");
            for (List<Object> row : t.rows()) {
                sb.append("<tr>");
                for (int c = 0; c < cols; c++) {
                    Object v = c < row.size() ? row.get(c) : null;
                    String tag = rowHeaders && c == 0 ? "th" : "td";
                    sb.append('<').append(tag).append(rowHeaders && c == 0 ? " scope=\"row\"" : "")
                            .append(numeric(t, c) ? " class=\"num\"" : "").append('>')
                            .append(v instanceof LocalDate d ? time(d) : esc(lang.cellText(v)))
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
                sb.append("<p class=\"source\">").append(esc(line)).append("</p>\n");
            }
        }

        private void figure(ReportDocument.Figure f) {
            int n = ++figures;
            String alt = ReportLanguage.nullToEmpty(f.altText()).strip();
            if (alt.isEmpty()) {
                alt = ReportLanguage.nullToEmpty(f.caption()).strip();
            }
            sb.append("<figure id=\"").append(ReportOutline.slug(lang.figure)).append('-').append(n).append("\">\n")
                    .append("<figcaption>").append(esc(lang.figureCaption(n, f.caption()))).append("</figcaption>\n");
            String svg = pdf ? null : safeSvg(f.svg(), alt);
            if (svg != null) {
                sb.append(svg).append('\n');
            } else if (f.png() != null && f.png().length > 0) {
                sb.append("<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(f.png()))
                        .append("\" alt=\"").append(esc(alt)).append("\" />\n");
            } else {
                sb.append("<p class=\"alt-text\">").append(esc(alt)).append("</p>\n");
            }
            String src = lang.sourceLine(f.source());
            if (!src.isEmpty()) {
                sb.append("<p class=\"source\">").append(esc(src)).append("</p>\n");
            }
            if (!pdf && f.table() != null) {
                // The numbers behind the chart, for readers who cannot see it.
                sb.append("<details>\n<summary>").append(esc(lang.figureData)).append("</summary>\n<div class=\"table-wrap\">\n");
                table(f.table(), lang.figureCaption(n, f.caption()));
                sb.append("</div>\n</details>\n");
            }
            sb.append("</figure>\n");
        }

        private static String lines(String text) {
            return esc(text).replace("\r\n", "\n").replace("\n", "<br />");
        }
    }

    /**
     * The SVG parsed as XML (no DTD, no entities), without scripts, event handlers, animation or links outside the
     * document, and marked as one image named by {@code alt}; null when there is none or it does not parse.
     */
    static String safeSvg(String svg, String alt) {
        if (svg == null || svg.isBlank()) {
            return null;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            var parser = f.newDocumentBuilder();
            parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());   // reported by returning null, not on stderr
            org.w3c.dom.Document doc = parser.parse(new InputSource(new StringReader(svg.strip())));
            Element root = doc.getDocumentElement();
            if (!"svg".equals(root.getLocalName())) {
                return null;
            }
            clean(root);
            if (!root.hasAttribute("viewBox") && root.hasAttribute("width") && root.hasAttribute("height")) {
                String w = root.getAttribute("width").replace("px", "").strip();
                String h = root.getAttribute("height").replace("px", "").strip();
                if (w.matches("[0-9.]+") && h.matches("[0-9.]+")) {
                    root.setAttribute("viewBox", "0 0 " + w + " " + h);
                }
            }
            root.setAttribute("role", "img");
            root.setAttribute("aria-label", alt);
            root.setAttribute("focusable", "false");
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter w = new StringWriter();
            transformer.transform(new DOMSource(root), new StreamResult(w));
            return w.toString();
        } catch (Exception e) {
            return null;
        }
    }

    private static void clean(Element e) {
        NamedNodeMap attrs = e.getAttributes();
        List<Attr> remove = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String name = (a.getLocalName() != null ? a.getLocalName() : a.getName()).toLowerCase(Locale.ROOT);
            String value = a.getValue().strip().toLowerCase(Locale.ROOT);
            boolean link = name.equals("href") || name.equals("src");
            if (name.startsWith("on") || (link && !value.startsWith("#"))
                    || value.contains("javascript:") || OUTSIDE_URL.matcher(value).find()) {
                remove.add(a);
            }
        }
        remove.forEach(e::removeAttributeNode);
        Node child = e.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element c) {
                String name = (c.getLocalName() != null ? c.getLocalName() : c.getNodeName()).toLowerCase(Locale.ROOT);
                String text = c.getTextContent().toLowerCase(Locale.ROOT);
                boolean unsafeStyle = name.equals("style") && (text.contains("@import") || text.contains("javascript:")
                        || OUTSIDE_URL.matcher(text).find());
                if (UNSAFE_SVG_ELEMENTS.contains(name) || unsafeStyle) {
                    e.removeChild(c);
                } else {
                    clean(c);
                }
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                e.removeChild(child);
            }
            child = next;
        }
    }

    /** Escapes text for element content and attribute values, and drops characters XML cannot carry. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
                        if (ch != 0xFFFE && ch != 0xFFFF) {
                            b.append(ch);
                        }
                    }
                }
            }
        }
        return b.toString();
    }
}
