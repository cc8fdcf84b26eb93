package org.lexmaturity.screening;

import java.util.Locale;
import java.util.Optional;

/** Which way an indicator points: a barrier to digitalisation, an enabler of it, or a mitigator that cancels a barrier. */
public enum Polarity {
    BARRIER, ENABLER, MITIGATOR;

    /** The value of {@code lxm:polarity} in the rules file: "barrier", "enabler", "mitigator". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The polarity a rules-file value names, if any. */
    public static Optional<Polarity> ofCode(String code) {
        for (Polarity p : values()) {
            if (p.code().equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
