package org.lexmaturity.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes a report in a chosen format; the one entry point for the CLI and the web layer. Stateless and thread-safe. */
public final class ReportWriters {

    private ReportWriters() {}

    /** Writes {@code report} as {@code format} to {@code out} (HTML as UTF-8); {@code out} is flushed and left open. */
    public static void write(ReportDocument report, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case DOCX -> DocxWriter.write(report, out);
            case XLSX -> XlsxWriter.write(report, out);
            case PDF -> PdfWriter.write(report, out);
            case HTML -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                HtmlWriter.write(report, w);
                w.flush();
            }
        }
        out.flush();
    }
}
