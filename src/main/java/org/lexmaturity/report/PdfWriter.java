package org.lexmaturity.report;

import java.util.logging.Level;
import org.apache.pdfbox.cos.COSDictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes a {@link ReportDocument} as an A4 PDF: the XHTML variant of {@link HtmlWriter} laid out by openhtmltopdf,
 * with page numbers, headings as bookmarks, the document title and language set, and DejaVu Sans embedded when the
 * system has it (then also tagged for PDF/UA, which needs embedded fonts). Only data: URIs are loaded, so report
 * content cannot make the renderer fetch anything. Stateless and thread-safe.
 */
public final class PdfWriter {

    /** Where Debian's fonts-dejavu-core puts the fonts. */
    static final File DEJAVU_DIR = new File("/usr/share/fonts/truetype/dejavu");

    private static final Logger LOG = LoggerFactory.getLogger(PdfWriter.class);

    static {
        // openhtmltopdf logs every layout step through java.util.logging at INFO; its warnings still come through
        // (and this rendering's diagnostics go to SLF4J below).
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private PdfWriter() {}

    /** Writes {@code report} as PDF to {@code out}, which is left open. */
    public static void write(ReportDocument report, OutputStream out) throws IOException {
        ReportLanguage lang = ReportLanguage.of(report.language());
        String html = HtmlWriter.render(report, true);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.withProducer("Lexmaturity (openhtmltopdf)");
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        boolean fonts = useDejaVu(builder);
        // PDF/UA needs every font embedded; the built-in base-14 fonts are not.
        builder.usePdfUaAccessibility(fonts);
        builder.toStream(OutputStream.nullOutputStream());
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                LOG.warn("PDF report: {}", d.getFormattedMessage());
            } else {
                LOG.debug("PDF report: {}", d.getFormattedMessage());
            }
        });

        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument pdf = renderer.createPDFKeepOpen();
            pdf.getDocumentCatalog().setLanguage(lang.tag);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(ReportLanguage.nullToEmpty(report.title()));
            if (report.subtitle() != null && !report.subtitle().isBlank()) {
                info.setSubject(report.subtitle());
            }
            info.setCreator("Lexmaturity");
            PDViewerPreferences prefs = pdf.getDocumentCatalog().getViewerPreferences();
            if (prefs == null) {
                prefs = new PDViewerPreferences(new COSDictionary());
                pdf.getDocumentCatalog().setViewerPreferences(prefs);
            }
            prefs.setDisplayDocTitle(true);   // viewers show the title, not the file name (PDF/UA asks for it)
            pdf.save(out);
            pdf.close();
        } catch (RuntimeException e) {
            throw new IOException("PDF report '" + report.title() + "': " + e.getMessage(), e);
        }
    }

    private static boolean useDejaVu(PdfRendererBuilder builder) {
        File regular = new File(DEJAVU_DIR, "DejaVuSans.ttf");
        if (!regular.isFile()) {
            return false;
        }
        builder.useFont(regular, "DejaVu Sans", 400, FontStyle.NORMAL, true);
        String[][] variants = {{"DejaVuSans-Bold.ttf", "700", "NORMAL"}, {"DejaVuSans-Oblique.ttf", "400", "ITALIC"},
                {"DejaVuSans-BoldOblique.ttf", "700", "ITALIC"}};
        for (String[] v : variants) {
            File f = new File(DEJAVU_DIR, v[0]);
            if (f.isFile()) {
                builder.useFont(f, "DejaVu Sans", Integer.valueOf(v[1]), FontStyle.valueOf(v[2]), true);
            }
        }
        return true;
    }
}
