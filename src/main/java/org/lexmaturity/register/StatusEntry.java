package org.lexmaturity.register;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.jena.graph.Node;

/** One step of a status history: from this date on, the status was this; with the analyst's note, where given. */
public record StatusEntry(LocalDate date, Node status, Optional<String> note) {

    public StatusEntry {
        note = note.map(String::strip).filter(n -> !n.isEmpty());
    }

    public StatusEntry(LocalDate date, Node status) {
        this(date, status, Optional.empty());
    }

    StatusEntry withNote(Optional<String> n) {
        return new StatusEntry(date, status, n);
    }

    /** Same date and status, whatever the note: the history text carries no notes, so this is how a step is recognised. */
    boolean sameStep(StatusEntry other) {
        return date.equals(other.date) && status.equals(other.status);
    }
}
