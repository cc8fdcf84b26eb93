package org.lexmaturity.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Base forms from the system's analysers, lemma patterns over them, and screening without them. */
class MorphologyTest {
    private static final String POSTAL_FI = "Päätös annetaan tiedoksi lähettämällä se vastaanottajan ilmoittamaan osoitteeseen.";

    @Test
    void voikkoGivesBaseFormsAndCases() {
        Morphologies m = SystemAnalysers.require();
        assertThat(m.analyse("fi", "kirjallisesti")).contains(new WordAnalysis("kirjallinen", "adv"));
        assertThat(m.analyse("fi", "paikalle")).contains(new WordAnalysis("paikka", "all"));
        assertThat(m.analyse("fi", "Verohallinnolta")).contains(new WordAnalysis("verohallinto", "abl"));
        assertThat(m.analyse("fi", "pyynnöstä")).contains(new WordAnalysis("pyyntö", "ela"));
        // a participle also reads as its verb, so a rule can name the verb once
        assertThat(m.analyse("fi", "allekirjoitettava")).extracting(WordAnalysis::lemma).contains("allekirjoitettava", "allekirjoittaa");
        // "the signing" is a noun, not the verb a requirement uses
        assertThat(m.analyse("fi", "allekirjoittamisesta")).extracting(WordAnalysis::lemma)
                .contains("allekirjoittaminen").doesNotContain("allekirjoittaa");
        assertThat(m.analyse("fi", "xqzv")).isEmpty();
    }

    @Test
    void hunspellGivesSwedishBaseForms() {
        Morphologies m = SystemAnalysers.require();
        assertThat(m.analyse("sv", "handlingarna")).extracting(WordAnalysis::lemma).contains("handling");
        assertThat(m.analyse("sv", "undertecknas")).extracting(WordAnalysis::lemma).contains("underteckna");
        assertThat(m.analyse("sv", "adressen")).extracting(WordAnalysis::lemma).contains("adress");
    }

    @Test
    void aLemmaPatternMatchesAcrossInflectionAndWordsBetween() {
        Morphologies m = SystemAnalysers.require();
        LemmaPattern p = LemmaPattern.parse("kutsua ~3 paikka+ill/all");
        Words w = Words.of("Asianosainen voidaan kutsua saapumaan henkilökohtaisesti paikalle.", "fi", m);
        List<int[]> spans = new java.util.ArrayList<>();
        p.find(w, 0, w.size(), spans);
        assertThat(spans).hasSize(1);
        assertThat("Asianosainen voidaan kutsua saapumaan henkilökohtaisesti paikalle.".substring(spans.get(0)[0], spans.get(0)[1]))
                .isEqualTo("kutsua saapumaan henkilökohtaisesti paikalle");
        spans.clear();
        // too many words between: no match
        Words far = Words.of("Hänet voidaan kutsua ensi viikon tiistaina kello kymmenen paikalle.", "fi", m);
        p.find(far, 0, far.size(), spans);
        assertThat(spans).isEmpty();
    }

    @Test
    void lemmaRulesFindWhatTheExpressionsMissAndTheRegexFallbackStillRuns() {
        Morphologies m = SystemAnalysers.require();
        IndicatorRules rules = IndicatorRules.shipped();
        assertThat(new Screener(rules, m).screen(POSTAL_FI, "fi")).extracting(x -> x.indicator().code()).contains("postal-delivery");
        assertThat(new Screener(rules, m).screen("Kopian får postas under den adress som han eller hon har uppgett.", "sv"))
                .extracting(x -> x.indicator().code()).contains("postal-delivery");
        Screener regexOnly = new Screener(rules, Morphologies.none());
        assertThat(regexOnly.screen(POSTAL_FI, "fi")).extracting(x -> x.indicator().code()).doesNotContain("postal-delivery");
        // the expressions alone still screen
        assertThat(regexOnly.screen("Hakemus on tehtävä kirjallisesti.", "fi")).extracting(x -> x.indicator().code()).contains("written-form");
    }

    @Test
    void withoutAnalysersTheSummarySaysRegularExpressionsOnly() {
        Morphologies none = Morphologies.none();
        assertThat(none.has("fi")).isFalse();
        assertThat(none.summary()).contains("fi: regular expressions only").contains("sv: regular expressions only");
        assertThat(none.analyse("fi", "paikalle")).isEmpty();
        assertThat(none.statuses()).extracting(Morphologies.Status::on).containsOnly(false);
    }

    @Test
    void aBadLemmaPatternSaysWhatIsWrong() {
        assertThatThrownBy(() -> LemmaPattern.parse("paikka+illative")).hasMessageContaining("unknown case 'illative'");
        assertThatThrownBy(() -> LemmaPattern.parse("~2 paikka")).hasMessageContaining("between two words");
        assertThatThrownBy(() -> LemmaPattern.parse("kutsua ~2")).hasMessageContaining("after the last word");
        assertThatThrownBy(() -> LemmaPattern.parse("kutsua ~x paikka")).hasMessageContaining("~N");
        assertThatThrownBy(() -> LemmaPattern.parse("pai*kka")).hasMessageContaining("start or the end");
        assertThatThrownBy(() -> LemmaPattern.parse("   ")).hasMessageContaining("no word");
        assertThat(LemmaPattern.parse("*rekisteri+ine ~1 tieto").elements()).hasSize(2);
    }
}
