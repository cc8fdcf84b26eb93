package org.lexmaturity.report;

import java.util.Locale;

/** The formats a report is written in, with the file extension and MIME type to offer it under. */
public enum ReportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    HTML("html", "text/html; charset=utf-8"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mimeType;

    ReportFormat(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    /** The file extension without the dot: "docx". */
    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The format named by an extension or name, any case, with or without a dot ("pdf", ".PDF", "htm"). */
    public static ReportFormat of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.equals("htm")) {
            n = "html";
        }
        for (ReportFormat f : values()) {
            if (f.extension.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Report format: '" + name + "' is not one of docx, xlsx, html, pdf");
    }
}
