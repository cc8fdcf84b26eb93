package org.lexmaturity.web.acts;

import org.lexmaturity.maturity.ActMaturity;
import org.lexmaturity.vocab.Vocabulary;
import org.lexmaturity.web.http.FieldProblems;
import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.maturity.ExpertAssessments;

/**
 * The expert assessment form of the act page: per dimension a verdict, a comment and the provisions concerned
 * (fields {@code verdict-CODE}, {@code comment-CODE}, {@code provisions-CODE}). A dimension without a verdict is
 * left out of the assessment. Keeps what the analyst typed, to show it again beside the problems.
 */
final class AssessmentForm {
    private static final Pattern CRITERION = Pattern.compile("criteria\\[(\\d+)]");

    private final Map<String, String> values;
    private final List<String> dimensions = new ArrayList<>();
    private FieldProblems problems = FieldProblems.none();

    private AssessmentForm(Map<String, String> values) {
        this.values = values;
    }

    static AssessmentForm empty() {
        return new AssessmentForm(new LinkedHashMap<>());
    }

    /** Starts from the latest expert verdicts and comments, so an analyst amends rather than retypes. */
    static AssessmentForm from(ActMaturity m) {
        Map<String, String> values = new LinkedHashMap<>();
        for (var d : m.dimensions()) {
            String code = Vocabulary.code(d.dimension());
            d.expertVerdict().ifPresent(v -> values.put("verdict-" + code, v));
            d.expertComment().ifPresent(c -> values.put("comment-" + code, c));
        }
        return new AssessmentForm(values);
    }

    static AssessmentForm of(MultiMap form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.names().forEach(n -> values.put(n, form.get(n)));
        return new AssessmentForm(values);
    }

    /** The criteria to record, in the order of {@code dimensionCodes}; the order maps problems back to dimensions. */
    List<ExpertAssessments.Criterion> criteria(List<String> dimensionCodes) {
        dimensions.clear();
        List<ExpertAssessments.Criterion> out = new ArrayList<>();
        for (String d : dimensionCodes) {
            String verdict = value("verdict-" + d);
            if (verdict.isEmpty()) {
                continue;
            }
            List<String> provisions = new ArrayList<>();
            for (String p : value("provisions-" + d).split("[;\\n]")) {
                if (!p.isBlank()) {
                    provisions.add(p.strip());
                }
            }
            dimensions.add(d);
            out.add(new ExpertAssessments.Criterion(d, verdict, value("comment-" + d), provisions));
        }
        return out;
    }

    /** Places each problem of a refused assessment at its dimension's field. */
    void refused(List<Problems.Problem> list) {
        problems = FieldProblems.of(list, (place, field) -> {
            Matcher m = CRITERION.matcher(place);
            if (!m.matches()) {
                return "";
            }
            int i = Integer.parseInt(m.group(1)) - 1;
            String d = i >= 0 && i < dimensions.size() ? dimensions.get(i) : "";
            String f = field.equals("provisions") ? "provisions" : field.equals("comment") ? "comment" : "verdict";
            return d.isEmpty() ? "" : f + "-" + d;
        });
    }

    public String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v.strip();
    }

    public boolean is(String name, String value) {
        return value(name).equals(value);
    }

    public FieldProblems problems() {
        return problems;
    }
}
