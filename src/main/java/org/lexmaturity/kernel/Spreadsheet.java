package org.lexmaturity.kernel;

import java.util.List;
import java.util.Optional;

/**
 * A table file as read (a survey export, a register sheet, a CSV): one or more sheets, each with a header row and data rows of text
 * cells. Row numbers are those a user sees in a spreadsheet (the header is usually row 1).
 */
public record Spreadsheet(String source, List<Sheet> sheets) {

    public record Sheet(String name, int headerRow, List<String> header, List<Row> rows) {
        /** Index of the column whose header equals {@code name} ignoring case and surrounding space. */
        public Optional<Integer> column(String name) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }

        /** "sheet Vastaukset" for workbooks; empty for a CSV file, which has no sheets. */
        public String label() {
            return name.isEmpty() ? "" : "sheet " + name;
        }
    }

    public record Row(int number, List<String> cells) {
        /** The cell's text, stripped; empty when the row is shorter than the header. */
        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** "sheet Svar, row 14, column F (K05 …)" — the place a user looks for. */
    public static String place(Sheet sheet, int row, int column) {
        StringBuilder p = new StringBuilder();
        if (!sheet.label().isEmpty()) {
            p.append(sheet.label()).append(", ");
        }
        p.append("row ").append(row);
        if (column >= 0) {
            p.append(", column ").append(columnLetter(column));
            if (column < sheet.header().size()) {
                p.append(" (").append(abbreviate(sheet.header().get(column))).append(')');
            }
        }
        return p.toString();
    }

    private static String abbreviate(String header) {
        String h = header.strip();
        return h.length() <= 40 ? h : h.substring(0, 39) + "…";
    }
}
