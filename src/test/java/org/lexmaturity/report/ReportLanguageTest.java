package org.lexmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The report words come from the bundles and the composed texts from their ICU patterns, as the writers expect. */
class ReportLanguageTest {
    @Test
    void wordsComeFromTheBundles() {
        assertThat(ReportLanguage.FI.contents).isEqualTo("Sisällys");
        assertThat(ReportLanguage.SV.figureData).isEqualTo("Figurens data");
        assertThat(ReportLanguage.EN.tocNote).isEqualTo("Word updates the table of contents when the document is opened.");
        assertThat(ReportLanguage.SV.tag).isEqualTo("sv-FI");
        assertThat(ReportLanguage.EN.tag).isEqualTo("en-GB");
    }

    @Test
    void captionsNumberWithoutGroupingAndKeepTheCaptionAsWritten() {
        assertThat(ReportLanguage.FI.tableCaption(3, "Esteet {0} it's")).isEqualTo("Taulukko 3. Esteet {0} it's");
        assertThat(ReportLanguage.SV.tableCaption(12, null)).isEqualTo("Tabell 12. ");
        assertThat(ReportLanguage.EN.figureCaption(1234, "Barriers")).isEqualTo("Figure 1234. Barriers");
    }

    @Test
    void sourceLinesNameAnAnalysisIdAsAnAnalysis() {
        assertThat(ReportLanguage.FI.sourceLine("barriers-by-theme")).isEqualTo("Lähde: analyysi barriers-by-theme");
        assertThat(ReportLanguage.SV.sourceLine(" x ")).isEqualTo("Källa: analys x");
        assertThat(ReportLanguage.EN.sourceLine("survey 2026, question 4")).isEqualTo("Source: survey 2026, question 4");
        assertThat(ReportLanguage.EN.sourceLine("a{b} it's")).isEqualTo("Source: a{b} it's");
        assertThat(ReportLanguage.FI.sourceLine(" ")).isEmpty();
    }

    @Test
    void datesAndQuotesFollowTheLanguage() {
        assertThat(ReportLanguage.SV.formatDate(LocalDate.of(2026, 11, 23))).isEqualTo("23.11.2026");
        assertThat(ReportLanguage.EN.formatDate(LocalDate.of(2026, 11, 23))).isEqualTo("23 November 2026");
        assertThat(ReportLanguage.FI.excelDateFormat()).isEqualTo("d.m.yyyy");
        assertThat(ReportLanguage.EN.excelDateFormat()).isEqualTo("d mmmm yyyy");
        assertThat(ReportLanguage.FI.quoted("hei")).isEqualTo("\u201Dhei\u201D");
        assertThat(ReportLanguage.EN.quoted("hello")).isEqualTo("\u201Chello\u201D");
    }
}
