package org.lexmaturity.register;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.lexmaturity.register.Measure;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Whether a measure is overdue (its target date has passed and it is neither completed nor cancelled) or due soon
 * (target date within {@link #SOON_DAYS} days), as of a day. The dashboard and the measure list agree through this.
 */
public record MeasureDue(boolean overdue, boolean soon, long days) {
    public static final int SOON_DAYS = 90;
    private static final Set<String> CLOSED = Set.of("completed", "cancelled");

    public static MeasureDue of(Measure m, LocalDate today) {
        if (m.targetDate().isEmpty() || CLOSED.contains(Vocabulary.code(m.status()))) {
            return new MeasureDue(false, false, 0);
        }
        long days = ChronoUnit.DAYS.between(today, m.targetDate().get());
        return new MeasureDue(days < 0, days >= 0 && days <= SOON_DAYS, days);
    }
}
