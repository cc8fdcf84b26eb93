package org.lexmaturity.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found in one input so that the user can fix them all in one go, up to a limit that
 * keeps a badly broken file from flooding the terminal. {@link #throwIfAny()} turns them into one
 * {@link ImportException}; nothing is written while problems remain.
 */
public final class Problems {
    public static final int DEFAULT_LIMIT = 50;

    /** One problem and where it is: sheet, row and column, or a mapping field. */
    public record Problem(String place, String message) {
        @Override
        public String toString() {
            return place.isEmpty() ? message : place + ": " + message;
        }
    }

    private final String source;
    private final int limit;
    private final List<Problem> problems = new ArrayList<>();
    private int total;

    public Problems(String source) {
        this(source, DEFAULT_LIMIT);
    }

    public Problems(String source, int limit) {
        this.source = source;
        this.limit = limit;
    }

    public void add(String place, String message) {
        total++;
        if (problems.size() < limit) {
            problems.add(new Problem(place == null ? "" : place, message));
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public int total() {
        return total;
    }

    public List<Problem> list() {
        return List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    /** Throws one exception that lists every problem (one per line), if there are any. */
    public void throwIfAny() {
        if (total == 0) {
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(total == 1 ? "1 problem, nothing imported" : total + " problems, nothing imported");
        for (Problem p : problems) {
            text.append(System.lineSeparator()).append("  ").append(p);
        }
        if (total > problems.size()) {
            text.append(System.lineSeparator()).append("  … and ").append(total - problems.size()).append(" more");
        }
        throw new Failed(source, text.toString(), list(), total);
    }

    /** The exception {@link #throwIfAny()} throws: the message lists the problems, and so does {@link #problems()}. */
    public static final class Failed extends ImportException {
        private final transient List<Problem> problems;
        private final int total;

        Failed(String source, String text, List<Problem> problems, int total) {
            super(source, "", text);
            this.problems = problems;
            this.total = total;
        }

        public List<Problem> problems() {
            return problems;
        }

        public int total() {
            return total;
        }
    }
}
