package org.lexmaturity.imports;

import java.util.List;
import java.util.Map;
import org.lexmaturity.kernel.ImportException;

/**
 * The summary of one import: what was read, what was written, what was refused and why.
 *
 * @param kind      the importer's {@link Importer#kind()}
 * @param source    the upload's name
 * @param units     units read (files of a statute import, archive entries counting one each)
 * @param written   distinct items written, new or replaced (0 when nothing was committed)
 * @param replaced  of those, items that were in the store before
 * @param counts    the importer's own figures, summed over the units written
 * @param refused   units refused, each with the reason; nothing of them was written
 * @param committed whether the transaction was committed
 * @param notices   what the user should know of what was written (see {@link Written#notices()}); empty when nothing was
 */
public record ImportReport(String kind, String source, int units, int written, int replaced, Map<String, Integer> counts,
                           List<Refusal> refused, boolean committed, List<String> notices) {

    /**
     * A unit that was not imported, and why.
     *
     * @param source  the file, archive entry or sheet
     * @param place   where in it (line and column, row, element, resource), or empty
     * @param problem what is wrong
     */
    public record Refusal(String source, String place, String problem) {
        public static Refusal of(String source, String problem) {
            return new Refusal(source, "", problem);
        }

        public static Refusal of(String source, ImportException e) {
            return new Refusal(source, e.place(), e.problem());
        }

        /** The whole explanation, starting with the file name and the place in it. */
        public String message() {
            return source + (place.isEmpty() ? "" : ", " + place) + ": " + problem;
        }
    }

    public ImportReport {
        counts = Map.copyOf(counts);
        refused = List.copyOf(refused);
        notices = List.copyOf(notices);
    }

    /** Nothing was refused. */
    public boolean complete() {
        return refused.isEmpty();
    }

    public int count(String figure) {
        return counts.getOrDefault(figure, 0);
    }
}
