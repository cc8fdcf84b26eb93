package org.lexmaturity.ingest;

import org.lexmaturity.kernel.ImportException;
import java.util.List;

/**
 * What an import did.
 *
 * @param files    input files read (archive entries count one each)
 * @param imported distinct acts written, new or replaced
 * @param replaced of those, acts that were in the store before this import
 * @param refused  files refused, each with the reason; nothing of them was written
 */
public record ImportSummary(int files, int imported, int replaced, List<Refusal> refused) {

    /**
     * A file that was not imported, and why.
     *
     * @param source  the file or archive entry
     * @param place   where in it (line and column, element, resource), or empty
     * @param problem what is wrong
     */
    public record Refusal(String source, String place, String problem) {
        static Refusal of(String source, String problem) {
            return new Refusal(source, "", problem);
        }

        static Refusal of(String source, ImportException e) {
            return new Refusal(source, e.place(), e.problem());
        }

        /** The whole explanation, starting with the file name and the place in it. */
        public String message() {
            return source + (place.isEmpty() ? "" : ", " + place) + ": " + problem;
        }
    }

    public ImportSummary {
        refused = List.copyOf(refused);
    }

    public boolean complete() {
        return refused.isEmpty();
    }
}
