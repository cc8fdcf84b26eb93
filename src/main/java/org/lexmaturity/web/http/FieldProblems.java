package org.lexmaturity.web.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexmaturity.kernel.Problems;

/**
 * The problems of a refused form, placed next to the fields they concern. The checkers say "field NAME: detail";
 * a page maps NAME (and the problem's place) to one of its form fields, and what it cannot place is shown above
 * the form. The detail stays as the checker wrote it (in English), beside a lead in the page's language.
 */
public final class FieldProblems {
    private static final Pattern FIELD = Pattern.compile("^field ([a-z_]+): (.*)$", Pattern.DOTALL);

    /** One problem at one form field ("" when it belongs to the form as a whole). */
    record Problem(String field, String detail) {}

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<Problem> all = new ArrayList<>();

    public static FieldProblems none() {
        return new FieldProblems();
    }

    /** {@code field}: (place, NAME from "field NAME:") → the form field, or "" for the whole form. */
    public static FieldProblems of(List<Problems.Problem> problems, BiFunction<String, String, String> field) {
        FieldProblems out = new FieldProblems();
        for (Problems.Problem p : problems) {
            Matcher m = FIELD.matcher(p.message());
            String name = m.matches() ? m.group(1) : "";
            String detail = m.matches() ? m.group(2) : p.message();
            out.add(field.apply(p.place(), name), detail);
        }
        return out;
    }

    public void add(String field, String detail) {
        byField.computeIfAbsent(field, k -> new ArrayList<>()).add(detail);
        all.add(new Problem(field, detail));
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> at(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<Problem> all() {
        return all;
    }
}
