package org.lexmaturity.report;

import org.lexmaturity.kernel.Language;
import java.time.LocalDate;
import java.util.Optional;
import org.lexmaturity.auth.Role;
import org.lexmaturity.statutes.ActNumber;

/**
 * What a report is asked for: its type and language, the parameters its type needs (an act, a date range, a
 * draft), and who it is for: the audience's role decides whether it carries analyses of private survey data
 * ({@link Role#seesPrivateAggregates}) and verbatim quotes ({@link Role#seesQuotes}).
 */
public record ReportRequest(String type, String language, Optional<ActNumber> act, Optional<LocalDate> from, Optional<LocalDate> to,
                            Optional<Draft> draft, Role audience) {

    /** An uploaded draft bill: its file name and bytes; never stored. */
    public record Draft(String name, byte[] bytes) {}

    public ReportRequest {
        if (!Language.ALL.contains(language)) {
            throw new IllegalArgumentException("--lang must be fi, sv or en, not '" + language + "'");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("the date range ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
    }
}
