package org.lexmaturity.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestStores;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.register.BarrierRegister;
import org.lexmaturity.register.RawEntry;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.ScreeningRun;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.survey.Exports;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.survey.SurveyRdf;

/** Scores of a demo act move exactly as the documented rules say when one piece of evidence changes. */
class MaturityTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final ActNumber ACT = ActNumber.parseLocal("9001/2016");

    @TempDir
    Path dir;
    Store store;
    MaturityRules rules = MaturityRules.shipped();
    MaturityService service;

    @BeforeEach
    void screenedDemoActs() {
        store = TestStores.open(dir.resolve("data"), StoreConfig.DEFAULT_BASE_IRI);
        Ontology.install(store);
        DemoData.loadStatutes(store, s -> { });
        new ScreeningRun(store, IndicatorRules.shipped(), CLOCK).run(Optional.empty());
        service = new MaturityService(store, rules, IndicatorRules.shipped());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ActMaturity.Dimension dimension(String code) {
        return service.maturity(ACT).orElseThrow().dimensions().stream()
                .filter(d -> d.dimension().getURI().endsWith("/dimension/" + code)).findFirst().orElseThrow();
    }

    private static double effect(ActMaturity.Dimension d, String kind) {
        return d.evidence().stream().filter(e -> e.kind().equals(kind)).mapToDouble(ActMaturity.Evidence::effect).sum();
    }

    @Test
    void everyScoreIsTheBaseMinusAndPlusItsListedEvidence() {
        ActMaturity m = service.maturity(ACT).orElseThrow();
        assertThat(m.dimensions()).hasSize(6);
        assertThat(m.rulesVersion()).isEqualTo("2026.1");
        for (ActMaturity.Dimension d : m.dimensions()) {
            double expected = rules.base() - Math.min(rules.findingPenaltyCap(), -effect(d, "barrier-finding"))
                    + Math.min(rules.enablerBonusCap(), effect(d, "enabler-finding"))
                    - Math.min(rules.registerPenaltyCap(), -effect(d, "register-barrier"))
                    - Math.min(rules.surveyPenaltyCap(), -effect(d, "survey"));
            assertThat(d.score()).as(d.dimension().toString()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.01));
            assertThat(d.automaticLevel()).isEqualTo(MaturityRules.level(expected));
        }
        // the planted written-form requirement of 2 luku 3 § is evidence on digital communication
        ActMaturity.Dimension comm = dimension("digital-communication");
        assertThat(comm.evidence()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("barrier-finding");
            assertThat(e.provision()).hasValueSatisfying(p -> assertThat(p.getURI()).endsWith("/2016/9001/luku/2/pykala/3/momentti/1"));
            assertThat(String.join(" ", e.texts())).contains("kirjallisesti");
        });
    }

    @Test
    void aSevereOpenBarrierLowersItsDimensionAndResolvingItRestoresTheScore() {
        double before = dimension("digital-communication").score();
        double registerBefore = -effect(dimension("digital-communication"), "register-barrier");
        BarrierRegister register = new BarrierRegister(store, CLOCK);
        register.createBarrier(new RawEntry("B-900", "test", Map.of("fi", "Omakätinen allekirjoitus"), Map.of(),
                Map.of("barrier_type", "handwritten-signature", "severity", "5"), Map.of("provisions", List.of("9001/2016 2 luku 3 §"))), "tester");
        double after = dimension("digital-communication").score();
        double expectedDrop = Math.min(rules.registerPenaltyCap(), registerBefore + rules.severityFactor() * 5) - Math.min(rules.registerPenaltyCap(), registerBefore);
        assertThat(before - after).isCloseTo(expectedDrop, org.assertj.core.data.Offset.offset(0.01)).isPositive();
        assertThat(dimension("digital-communication").evidence()).anySatisfy(e -> assertThat(e.code()).isEqualTo("B-900"));
        // other dimensions do not move
        assertThat(dimension("proactivity").evidence()).noneSatisfy(e -> assertThat(e.code()).isEqualTo("B-900"));

        var current = register.barrier("B-900").orElseThrow().barrier();
        register.updateBarrier("B-900", new RawEntry("B-900", "test", current.title(), Map.of(),
                Map.of("barrier_type", "handwritten-signature", "severity", "5", "status", "resolved"),
                Map.of("provisions", List.of("9001/2016 2 luku 3 §"))), "tester");
        assertThat(dimension("digital-communication").score()).isEqualTo(before);
    }

    @Test
    void organisationsCitingTheActWeighOnDimensionsWithBarrierEvidence() {
        double before = dimension("digital-communication").score();
        double surveyBefore = -effect(dimension("digital-communication"), "survey");
        assertThat(surveyBefore).isZero();
        List<List<Object>> rows = List.of(List.of("R1", "Lain 9001/2016 3 § vuoksi"), List.of("R2", "9001/2016 on ongelma"),
                List.of("R3", "Laki 9001/2016"), List.of("R4", "ei mitään"));
        Path file = new Exports().sheet("Vastaukset", List.of("Vastaaja", "K01 Mikä estää?"), rows).xlsx(dir.resolve("k.xlsx"));
        new SurveyImport(store, SurveyRdf.DEFAULT_THRESHOLD).importFile(file, Optional.empty());
        ActMaturity.Dimension after = dimension("digital-communication");
        assertThat(after.evidence()).anySatisfy(e -> assertThat(e.texts()).containsExactly("3 organisations cite the act in survey answers"));
        assertThat(before - after.score()).isCloseTo(Math.min(rules.surveyPenaltyCap(), 3 * rules.surveyPenalty()), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void anExpertVerdictCountsBesideTheAutomaticLevelWhichStaysShown() {
        ActMaturity.Dimension auto = dimension("automation-readiness");
        ExpertAssessments experts = new ExpertAssessments(store, CLOCK);
        experts.record(service.act(ACT).orElseThrow(), List.of(
                new ExpertAssessments.Criterion("automation-readiness", "met", "8 b luku riittää", List.of("9001/2016 2 luku 3 §")),
                new ExpertAssessments.Criterion("cloud-infrastructure", "not-applicable", null, List.of())), "analyst");
        ActMaturity m = service.maturity(ACT).orElseThrow();
        ActMaturity.Dimension d = dimension("automation-readiness");
        assertThat(d.counts()).isEqualTo("expert");
        assertThat(d.level()).isEqualTo(4);
        assertThat(d.automaticLevel()).isEqualTo(auto.automaticLevel());
        assertThat(d.expertComment()).contains("8 b luku riittää");
        assertThat(m.expert()).hasValueSatisfying(e -> assertThat(e.by()).isEqualTo("analyst"));
        // not applicable leaves cloud out of the overall level: mean of the five others, rounded down
        double mean = m.dimensions().stream().filter(x -> !x.dimension().getURI().endsWith("cloud-infrastructure"))
                .mapToInt(ActMaturity.Dimension::level).average().orElseThrow();
        assertThat(m.overall()).contains((int) Math.floor(mean));
        // a later automatic screening does not overwrite it
        new ScreeningRun(store, IndicatorRules.shipped(), CLOCK).run(Optional.of(ACT));
        assertThat(dimension("automation-readiness").counts()).isEqualTo("expert");
    }

    @Test
    void aBadAssessmentIsRefusedWithEveryProblemAndStoresNothing() {
        ExpertAssessments experts = new ExpertAssessments(store, CLOCK);
        assertThatThrownBy(() -> experts.record(service.act(ACT).orElseThrow(), List.of(
                new ExpertAssessments.Criterion("speed", "met", null, List.of()),
                new ExpertAssessments.Criterion("proactivity", "maybe", null, List.of()),
                new ExpertAssessments.Criterion("data-exchange", "met", null, List.of("9002/2017 1 §"))), "analyst"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("criteria[1]: field dimension: unknown dimension 'speed'")
                .hasMessageContaining("criteria[2]: field verdict: 'maybe' is not one of met, partly, not-met, not-applicable")
                .hasMessageContaining("criteria[3]: field provisions: '9002/2017 1 §' is not a provision of this act");
        assertThat(service.maturity(ACT).orElseThrow().expert()).isEmpty();
    }
}
