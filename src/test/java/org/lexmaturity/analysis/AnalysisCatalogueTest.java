package org.lexmaturity.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped catalogue parses, and a broken file is refused with its name and line. */
class AnalysisCatalogueTest {
    static final List<String> EXPECTED = List.of("acts-cited-in-free-text", "barrier-status-funnel", "barriers-by-life-event",
            "barriers-by-theme", "barriers-by-type-and-ministry", "fulltext-search", "indicator-findings-per-act", "language-divergences", "maturity-by-ministry",
            "maturity-distribution", "measures-progress", "overdue-measures", "priority-ranking", "register-barriers", "status-changes",
            "survey-answers-by-organisation-type", "themes-cited-municipalities-vs-agencies");

    static final String GOOD = """
            #@ title: fi=Esteet | sv=Hinder | en=Barriers
            #@ description: fi=Kaikki | sv=Alla | en=All
            #@ public: true
            #@ param severity: type=integer | default=3 | fi=Vakavuus | sv=Allvarlighet | en=Severity
            #@ column b: type=iri | fi=Este | sv=Hinder | en=Barrier
            #@ chart: type=none
            PREFIX lxm: <https://w3id.org/lexmaturity/ns#>
            SELECT ?b WHERE { GRAPH $register { ?b lxm:severity $severity } }
            """;

    @Test
    void everyShippedAnalysisParsesWithTitlesAndDescriptionsInThreeLanguages() {
        AnalysisCatalogue catalogue = AnalysisCatalogue.load();
        assertThat(catalogue.all()).extracting(AnalysisDefinition::id).containsExactlyElementsOf(EXPECTED);
        for (AnalysisDefinition d : catalogue.all()) {
            for (String lang : List.of("fi", "sv", "en")) {
                assertThat(d.title()).as(d.id()).containsKey(lang);
                assertThat(d.description()).as(d.id()).containsKey(lang);
                d.columns().forEach(c -> assertThat(c.label()).as(d.id() + " " + c.name()).containsKey(lang));
                d.parameters().forEach(p -> assertThat(p.label()).as(d.id() + " " + p.name()).containsKey(lang));
            }
            assertThat(d.columns()).as(d.id()).isNotEmpty();
        }
        assertThat(catalogue.get("acts-cited-in-free-text").publicData()).isFalse();
        assertThat(catalogue.get("priority-ranking").publicData()).isFalse();
        assertThat(catalogue.get("barriers-by-theme").publicData()).isTrue();
        assertThat(catalogue.get("barriers-by-type-and-ministry").chart()).isEqualTo(
                new AnalysisDefinition.Chart("heatmap", "barrierType", java.util.Optional.of("ministry"), "barriers"));
        assertThat(catalogue.get("overdue-measures").parameters().get(0).defaultValue()).contains("today");
    }

    @Test
    void aGoodFileReadsIntoItsDefinition() {
        AnalysisDefinition d = AnalysisCatalogue.of(Map.of("severe", GOOD)).get("severe");
        assertThat(d.title("sv")).isEqualTo("Hinder");
        assertThat(d.parameters()).containsExactly(new AnalysisDefinition.Parameter("severity", "integer", java.util.Optional.of("3"), List.of(),
                Map.of("fi", "Vakavuus", "sv", "Allvarlighet", "en", "Severity")));
        assertThat(d.chart().type()).isEqualTo("none");
    }

    @Test
    void aBrokenHeaderNamesTheFileAndTheLine() {
        assertBroken(GOOD.replace("| sv=Hinder | en=Barriers", "| sv=Hinder"), "analyses/x.rq, line 1: title has no text in 'en'");
        assertBroken(GOOD.replace("type=integer", "type=number"), "analyses/x.rq, line 4: parameter 'severity': unknown type 'number'");
        assertBroken(GOOD.replace("default=3", "default=three"), "analyses/x.rq, line 4: the default of parameter 'severity' is not valid");
        assertBroken(GOOD.replace("#@ chart: type=none", "#@ chart: type=pie | category=b | value=count"),
                "analyses/x.rq, line 6: the chart names column 'count'");
        assertBroken(GOOD.replace("#@ public: true", "#@ public: yes"), "analyses/x.rq, line 3: public must be true or false");
        assertBroken(GOOD.replace("#@ public: true", "#@ colour: red"), "analyses/x.rq, line 3: unknown header key 'colour'");
        assertBroken(GOOD.replace("#@ column b:", "#@ column c:"), "analyses/x.rq, line 5: column 'c' is not a result variable");
        assertBroken(GOOD.replace("param severity:", "param register:"), "analyses/x.rq, line 4: parameter 'register' has the name of an input");
        assertBroken(GOOD.replace("param severity:", "param format:"), "analyses/x.rq, line 4: parameter 'format': the name is kept");
        assertBroken(GOOD.replace("#@ public: true", "#@ public: true\n#@ public: false"), "analyses/x.rq, line 4: 'public' is given twice");
        assertBroken(GOOD.replace("param severity:", "param b:"), "parameter 'b' has the name of an output column");
        assertBroken(GOOD.replace("lxm:severity $severity", "lxm:severity 3"), "analyses/x.rq, line 4: parameter 'severity' is not used");
        assertBroken(GOOD.replace("type=integer", "type=concept:colour"), "analyses/x.rq, line 4: parameter 'severity': no scheme 'colour'");
        assertBroken(GOOD.replace("$register", "$privateSurveys"), "analyses/x.rq, line 3: reads $privateSurveys, so it must say '#@ public: false'");
    }

    @Test
    void aBrokenQueryNamesTheFileAndTheLine() {
        assertBroken(GOOD.replace("SELECT ?b WHERE {", "SELECT ?b WHERE {{"), "analyses/x.rq, line 8, column");
        assertBroken(GOOD.replace("SELECT ?b WHERE", "ASK"), "an analysis is a SELECT query");
    }

    private static void assertBroken(String text, String message) {
        assertThatThrownBy(() -> AnalysisCatalogue.of(Map.of("x", text)))
                .isInstanceOf(AnalysisCatalogue.BrokenAnalysis.class).hasMessageContaining(message);
    }
}
