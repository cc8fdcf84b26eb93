package org.lexmaturity.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.lexmaturity.kernel.Language;
import org.lexmaturity.kernel.Messages;

/**
 * The words and number and date conventions of one report language (fi, sv, en), shared by every writer so that
 * all formats say "Taulukko 3." and "1 234,5" alike. The words come from the bundle {@code i18n/report.LANG.properties}
 * (see {@link Messages}); composed texts (captions, source lines) are ICU patterns there. Immutable and thread-safe;
 * formatters are created per call.
 */
enum ReportLanguage {
    FI("fi"),
    SV("sv"),
    EN("en");

    /** A source written as a bare analysis id ("barriers-by-theme") is introduced with the word "analysis". */
    private static final Pattern ANALYSIS_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    final String code;
    /** BCP 47 tag for document metadata; Swedish here is Finland's Swedish. */
    final String tag;
    final String contents, table, figure, source, analysis, summary, tocNote, keyFigure, value, date, tables,
            figureData, page, openQuote, closeQuote;

    ReportLanguage(String code) {
        this.code = code;
        this.tag = Language.locale(code).toLanguageTag();
        this.contents = word("contents");
        this.table = word("table");
        this.figure = word("figure");
        this.source = word("source");
        this.analysis = word("analysis");
        this.summary = word("summary");
        this.tocNote = word("tocNote");
        this.keyFigure = word("keyFigure");
        this.value = word("value");
        this.date = word("date");
        this.tables = word("tables");
        this.figureData = word("figureData");
        this.page = word("page");
        this.openQuote = word("openQuote");
        this.closeQuote = word("closeQuote");
    }

    static ReportLanguage of(String code) {
        for (ReportLanguage l : values()) {
            if (l.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("Report: language '" + code + "' is not one of fi, sv, en");
    }

    Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** One word of the report bundle, {@code report.NAME}, as written there (not read as a pattern). */
    private String word(String name) {
        return Words.MESSAGES.word(code, "report." + name);
    }

    /** One message of the report bundle, {@code report.NAME}, formatted by its ICU pattern. */
    private String message(String name, Map<String, ?> args) {
        return Words.MESSAGES.format(code, "report." + name, args);
    }

    /** "23.11.2026" in Finnish and Swedish, "23 November 2026" in English. */
    String formatDate(LocalDate d) {
        if (d == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(word("datePattern"), locale()).format(d);
    }

    /** Excel's date format for the same convention. */
    String excelDateFormat() {
        return word("excelDateFormat");
    }

    /**
     * A number as readers of this language write it: "1 234,5" (no-break space, comma) in Finnish and Swedish,
     * "1,234.5" in English; a BigDecimal keeps its scale, so 12.50 stays "12,50".
     */
    String formatNumber(Number n) {
        DecimalFormatSymbols sym = new DecimalFormatSymbols(Locale.ROOT);
        if (this == EN) {
            sym.setGroupingSeparator(',');
            sym.setDecimalSeparator('.');
        } else {
            sym.setGroupingSeparator('\u00A0');
            sym.setDecimalSeparator(',');
            sym.setMinusSign('\u2212');
        }
        DecimalFormat f = new DecimalFormat("#,##0", sym);
        if (n instanceof BigDecimal bd) {
            int scale = Math.max(0, bd.scale());
            f.setMinimumFractionDigits(scale);
            f.setMaximumFractionDigits(scale);
            return f.format(bd);
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte || n instanceof BigInteger) {
            return f.format(n);
        }
        f.setMaximumFractionDigits(6);
        return f.format(n.doubleValue());
    }

    /** The text of one table cell: numbers and dates by this language's conventions, null as empty. */
    String cellText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return formatNumber(n);
        }
        if (value instanceof LocalDate d) {
            return formatDate(d);
        }
        return value.toString();
    }

    /** "Lähde: analyysi barriers-by-theme"; a source in words is kept as written. Empty when there is none. */
    String sourceLine(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        String s = source.strip();
        return message("sourceLine", Map.of("kind", ANALYSIS_ID.matcher(s).matches() ? "analysis" : "other", "source", s));
    }

    /** "Taulukko 3. Esteet teemoittain" */
    String tableCaption(int n, String caption) {
        return message("tableCaption", Map.of("number", n, "caption", nullToEmpty(caption)));
    }

    /** "Kuvio 2. Esteet teemoittain" */
    String figureCaption(int n, String caption) {
        return message("figureCaption", Map.of("number", n, "caption", nullToEmpty(caption)));
    }

    String quoted(String text) {
        String t = nullToEmpty(text).strip();
        if (t.isEmpty() || "\"\u201C\u201D\u201E\u00AB".indexOf(t.charAt(0)) >= 0) {
            return t;
        }
        return openQuote + t + closeQuote;
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Holds the bundle apart from the enum: an enum's constructors may not read its own static fields. */
    private static final class Words {
        static final Messages MESSAGES = Messages.of("report");
    }
}
