package org.lexmaturity.report;

import java.time.LocalDate;
import java.util.Optional;
import org.lexmaturity.statutes.ActNumber;

/**
 * What a report is asked for: its type and language, the parameters its type needs (an act, a date range, a
 * draft), and whether the caller is an analyst — only then may it carry survey quotes and analyses of private data.
 */
public record ReportRequest(String type, String language, Optional<ActNumber> act, Optional<LocalDate> from, Optional<LocalDate> to,
                            Optional<Draft> draft, boolean analyst) {

    /** An uploaded draft bill: its file name and bytes; never stored. */
    public record Draft(String name, byte[] bytes) {}

    public ReportRequest {
        if (!java.util.List.of("fi", "sv", "en").contains(language)) {
            throw new IllegalArgumentException("--lang must be fi, sv or en, not '" + language + "'");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("the date range ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
    }
}
