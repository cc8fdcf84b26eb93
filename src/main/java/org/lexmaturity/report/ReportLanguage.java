package org.lexmaturity.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words and number and date conventions of one report language (fi, sv, en), shared by every writer so that
 * all formats say "Taulukko 3." and "1 234,5" alike. Immutable and thread-safe; formatters are created per call.
 */
enum ReportLanguage {
    FI("fi", "fi-FI", "Sisällys", "Taulukko", "Kuvio", "Lähde", "analyysi", "Yhteenveto",
            "Word päivittää sisällysluettelon, kun asiakirja avataan.", "Tunnusluku", "Arvo", "Päiväys",
            "Taulukot", "Kuvion tiedot", "Sivu", "\u201D", "\u201D"),
    SV("sv", "sv-FI", "Innehåll", "Tabell", "Figur", "Källa", "analys", "Sammanfattning",
            "Word uppdaterar innehållsförteckningen när dokumentet öppnas.", "Nyckeltal", "Värde", "Datum",
            "Tabeller", "Figurens data", "Sida", "\u201D", "\u201D"),
    EN("en", "en-GB", "Contents", "Table", "Figure", "Source", "analysis", "Summary",
            "Word updates the table of contents when the document is opened.", "Key figure", "Value", "Date",
            "Tables", "Data of the figure", "Page", "\u201C", "\u201D");

    /** A source written as a bare analysis id ("barriers-by-theme") is introduced with the word "analysis". */
    private static final Pattern ANALYSIS_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    final String code;
    /** BCP 47 tag for document metadata; Swedish here is Finland's Swedish. */
    final String tag;
    final String contents, table, figure, source, analysis, summary, tocNote, keyFigure, value, date, tables,
            figureData, page, openQuote, closeQuote;

    ReportLanguage(String code, String tag, String contents, String table, String figure, String source, String analysis,
                   String summary, String tocNote, String keyFigure, String value, String date, String tables,
                   String figureData, String page, String openQuote, String closeQuote) {
        this.code = code;
        this.tag = tag;
        this.contents = contents;
        this.table = table;
        this.figure = figure;
        this.source = source;
        this.analysis = analysis;
        this.summary = summary;
        this.tocNote = tocNote;
        this.keyFigure = keyFigure;
        this.value = value;
        this.date = date;
        this.tables = tables;
        this.figureData = figureData;
        this.page = page;
        this.openQuote = openQuote;
        this.closeQuote = closeQuote;
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

    /** "23.11.2026" in Finnish and Swedish, "23 November 2026" in English. */
    String formatDate(LocalDate d) {
        if (d == null) {
            return "";
        }
        return this == EN ? DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).format(d)
                : DateTimeFormatter.ofPattern("d.M.uuuu").format(d);
    }

    /** Excel's date format for the same convention. */
    String excelDateFormat() {
        return this == EN ? "d mmmm yyyy" : "d.m.yyyy";
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
        return this.source + ": " + (ANALYSIS_ID.matcher(s).matches() ? analysis + " " + s : s);
    }

    String tableCaption(int n, String caption) {
        return table + " " + n + ". " + nullToEmpty(caption);
    }

    String figureCaption(int n, String caption) {
        return figure + " " + n + ". " + nullToEmpty(caption);
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
}
