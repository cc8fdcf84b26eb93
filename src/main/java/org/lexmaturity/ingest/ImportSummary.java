package org.lexmaturity.ingest;

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

    /** A file that was not imported, and why. */
    public record Refusal(String source, String reason) {}

    public ImportSummary {
        refused = List.copyOf(refused);
    }

    public boolean complete() {
        return refused.isEmpty();
    }
}
