package org.lexmaturity.kernel;

/**
 * An input that cannot be imported. The message always names the source and, where known, the place in it
 * (line and column, element, sheet/row/column) so that the user can find and fix it.
 */
public class ImportException extends RuntimeException {
    private final String source;
    private final String place;
    private final String problem;

    public ImportException(String source, String place, String problem) {
        this(source, place, problem, null);
    }

    public ImportException(String source, String place, String problem, Throwable cause) {
        super(source + (place == null || place.isEmpty() ? "" : ", " + place) + ": " + problem, cause);
        this.source = source;
        this.place = place == null ? "" : place;
        this.problem = problem;
    }

    public String source() { return source; }

    public String place() { return place; }

    public String problem() { return problem; }
}
