package org.lexmaturity.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's table: one row per measurement, written as Markdown (to paste into BENCHMARKS.md) and printed. */
final class ResultsTable {
    private record Row(String part, String what, String product, String reference, String ratio, String target, String verdict) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String part, String what, String product, String reference, String ratio, String target, Boolean met) {
        rows.add(new Row(part, what, product, reference, ratio, target, met == null ? "" : met ? "met" : "**missed**"));
        System.out.printf("%-6s %-52s %14s %14s %8s %s%n", part, what, product, reference, ratio, met == null ? "" : met ? "met" : "MISSED");
    }

    void note(String text) {
        notes.add(text);
        System.out.println("  " + text);
    }

    static String ms(double ms) {
        return ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    static String num(double v, String unit) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, unit);
    }

    static String ratio(double product, double reference) {
        return String.format(Locale.ROOT, "%.2f×", product / reference);
    }

    void write(Path file, String heading) throws IOException {
        StringBuilder md = new StringBuilder(heading).append("\n\n");
        md.append("| part | measurement | Lexmaturity | reference | ratio | target | |\n|---|---|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(String.join(" | ", r.part, r.what, r.product, r.reference, r.ratio, r.target, r.verdict)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }
}
