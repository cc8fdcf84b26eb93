package org.lexmaturity.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The system's Finnish and Swedish analysers for tests that need them. CI installs them and says so with
 * {@code -Dlexmaturity.morphology.required=true}: there a missing analyser fails the test; elsewhere it is skipped.
 */
public final class SystemAnalysers {
    private SystemAnalysers() {
    }

    public static Morphologies require() {
        Morphologies m = Morphologies.system();
        boolean both = m.has("fi") && m.has("sv");
        if (Boolean.getBoolean("lexmaturity.morphology.required")) {
            assertThat(both).as(m.summary()).isTrue();
        }
        assumeTrue(both, () -> "Skipped: " + m.summary());
        return m;
    }
}
