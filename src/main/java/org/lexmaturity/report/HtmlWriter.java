package org.lexmaturity.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a {@link ReportDocument} as one self-contained, accessible HTML5 page in XHTML syntax (so it also parses as
 * XML and feeds {@link PdfWriter}): a {@code lang}, one {@code <h1>}, no skipped heading levels, a table of contents,
 * captioned tables with header scopes, figures with inline SVG described by their alt text, and an embedded
 * print-friendly stylesheet; no scripts and no external resources. The page is the Thymeleaf template
 * {@code report-templates/report.html} filled with a {@link ReportPage}: all text from the data is escaped, and SVG is
 * parsed and stripped of scripts, event handlers and outside links before it is inlined. Thread-safe: the one
 * template engine is shared and caches the parsed template.
 */
public final class HtmlWriter {

    /** Apart from the web pages' {@code templates/}, which the web renders by page name: no page name reaches it. */
    private static final String TEMPLATES = "report-templates/";

    /**
     * Characters XML 1.0 cannot carry (C0 controls but tab and line ends, lone surrogates, U+FFFE, U+FFFF): report
     * text may hold them, Thymeleaf's escaping keeps them, and openhtmltopdf would refuse the page.
     */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private static final TemplateEngine ENGINE = engine();

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
        ReportPage.Page page = ReportPage.of(report, forPdf);
        String html = ENGINE.process("report", new Context(Locale.forLanguageTag(page.lang()), Map.of("page", page)));
        return NOT_XML.matcher(html).replaceAll("");
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlWriter.class.getClassLoader());
        resolver.setPrefix(TEMPLATES);
        resolver.setSuffix(".html");
        // XML, not HTML: the template must be well-formed, as the page it makes is parsed as XML for the PDF.
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
