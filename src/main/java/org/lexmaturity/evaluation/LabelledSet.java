package org.lexmaturity.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lexmaturity.kernel.ImportException;

/**
 * A labelled set: tab-separated lines {@code act section language category status evidence note}, {@code #} comments.
 * Every unit (a section in one language) appears at least once; a unit with no label has category "-".
 */
public record LabelledSet(String source, List<Label> labels) {
    /** The project's own set, shipped in the jar. */
    public static final String SHIPPED = "evaluation/screening-labels.tsv";

    public static final Set<String> BARRIERS = Set.of("WF", "SIG", "ORIG", "PERS", "POST", "FORM", "APPL", "DATA", "LOC");
    public static final Set<String> ENABLERS = Set.of("ELEC-E", "APPL-E", "DATA-E");
    private static final Set<String> STATUSES = Set.of("barrier", "mitigated", "enabler");

    public static LabelledSet shipped() {
        try (InputStream in = LabelledSet.class.getResourceAsStream("/" + SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the class path");
            }
            return parse(SHIPPED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a set.
     *
     * @throws ImportException naming the line and the field of a bad line
     */
    public static LabelledSet parse(String source, String text) {
        List<Label> out = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String place = "line " + (i + 1);
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                throw new ImportException(source, place, "expected 7 tab-separated fields (act, section, language, category, status, "
                        + "evidence, note), found " + f.length);
            }
            String category = f[3].trim();
            String status = f[4].trim();
            if (!category.equals("-") && !BARRIERS.contains(category) && !ENABLERS.contains(category) && !category.equals("DISC")) {
                throw new ImportException(source, place + ", category", "unknown category '" + category + "'");
            }
            if (category.equals("-") != status.equals("-") || !status.equals("-") && !STATUSES.contains(status)) {
                throw new ImportException(source, place + ", status", "status '" + status + "' does not go with category '" + category + "'");
            }
            if (!f[2].equals("fi") && !f[2].equals("sv")) {
                throw new ImportException(source, place + ", language", "language must be fi or sv, not '" + f[2] + "'");
            }
            out.add(new Label(f[0].trim(), f[1].trim(), f[2].trim(), category, status, f.length > 5 ? f[5] : "", f.length > 6 ? f[6] : ""));
        }
        return new LabelledSet(source, List.copyOf(out));
    }

    /** The labels per unit (act, section, language), in the set's order; a unit labelled with nothing has an empty list. */
    public Map<String, List<Label>> byUnit() {
        Map<String, List<Label>> out = new LinkedHashMap<>();
        for (Label l : labels) {
            List<Label> list = out.computeIfAbsent(l.unit(), k -> new ArrayList<>());
            if (!l.none()) {
                list.add(l);
            }
        }
        return out;
    }

    /** The family a category is scored in: barriers, discretion, enablers. */
    public static String family(String category) {
        return category.equals("DISC") ? "discretion" : ENABLERS.contains(category) ? "enablers" : "barriers";
    }
}
