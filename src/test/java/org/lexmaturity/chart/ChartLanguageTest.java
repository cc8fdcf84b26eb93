package org.lexmaturity.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart words come from the bundles, and lists of names are joined by the language's ICU pattern. */
class ChartLanguageTest {
    @Test
    void wordsComeFromTheBundles() {
        assertThat(ChartLanguage.FI.noData).isEqualTo("Ei tietoja");
        assertThat(ChartLanguage.SV.other).isEqualTo("Övriga");
        assertThat(ChartLanguage.of("de").levels).isEqualTo("levels 0–4");
        assertThat(ChartLanguage.FI.typeName("stacked-bar")).isEqualTo("Pinottu pylväskaavio");
        assertThat(ChartLanguage.EN.typeName("sankey")).isEqualTo("sankey");
    }

    @Test
    void listsNameAtMostThree() {
        List<String> names = List.of("A", "B'", "C{0}", "D");
        assertThat(ChartLanguage.FI.list(names.subList(0, 1))).isEqualTo("A");
        assertThat(ChartLanguage.FI.list(names.subList(0, 2))).isEqualTo("A ja B'");
        assertThat(ChartLanguage.SV.list(names.subList(0, 3))).isEqualTo("A, B' och C{0}");
        assertThat(ChartLanguage.EN.list(names)).isEqualTo("A, B', C{0} etc.");
        assertThat(ChartLanguage.FI.list(names)).isEqualTo("A, B', C{0} ym.");
    }
}
