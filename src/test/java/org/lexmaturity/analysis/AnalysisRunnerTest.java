package org.lexmaturity.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.register.BarrierRegister;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.QB;
import org.lexmaturity.vocab.PROV;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Every analysis on the demo data, against expected results computed another way: from the register's own Java
 * API, or by walking the triples with plain Jena calls.
 */
class AnalysisRunnerTest {
    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    @TempDir
    static Path dir;
    static Store store;
    static AnalysisRunner runner;
    static BarrierRegister register;

    @BeforeAll
    static void load() {
        store = AnalysisFixture.open(dir.resolve("data"));
        runner = new AnalysisRunner(store, AnalysisCatalogue.load(), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        register = new BarrierRegister(store, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Vocabulary vocab() {
        return Vocabulary.shipped();
    }

    @Test
    void everyAnalysisRunsOnTheDemoDataInEveryLanguage() {
        for (AnalysisDefinition d : runner.catalogue().all()) {
            for (String lang : List.of("fi", "sv", "en")) {
                AnalysisResult r = runner.run(d.id(), Map.of(), lang);
                if (d.id().equals("language-divergences")) {
                    // the demonstration acts' Finnish and Swedish texts say the same; real ones are in LanguageDivergenceTest
                    assertThat(r.rows()).as(d.id() + " " + lang).isEmpty();
                    continue;
                }
                assertThat(r.rows()).as(d.id() + " " + lang).isNotEmpty();
                r.rows().forEach(row -> assertThat(row).as(d.id()).hasSize(d.columns().size()));
            }
        }
    }

    static String en(Node concept) {
        return vocab().label(concept, "en");
    }

    static Map<List<Object>, Long> counted(List<List<Object>> rows, int value) {
        Map<List<Object>, Long> m = new HashMap<>();
        for (List<Object> row : rows) {
            List<Object> key = new java.util.ArrayList<>(row);
            key.remove(value);
            m.merge(key, (Long) row.get(value), Long::sum);
        }
        return m;
    }

    @Test
    void barriersByThemeAddUpToEveryBarrierAndMatchTheRegister() {
        List<BarrierRegister.BarrierView> barriers = register.barriers();
        assertThat(barriers).hasSize(56);
        Map<List<Object>, Long> expected = new HashMap<>();
        barriers.forEach(b -> expected.merge(List.of(en(b.barrier().theme().orElseThrow()), Vocabulary.code(b.barrier().theme().get())), 1L, Long::sum));
        AnalysisResult r = runner.run("barriers-by-theme", Map.of(), "en");
        assertThat(counted(r.rows(), 2)).isEqualTo(expected);
        assertThat(r.rows().stream().mapToLong(row -> (Long) row.get(2)).sum()).isEqualTo(56);
        // in the order of the scheme
        assertThat(r.rows().get(0).get(1)).isEqualTo("automation");
        assertThat(runner.run("barriers-by-theme", Map.of(), "sv").rows().get(0).get(0))
                .isEqualTo(vocab().label(LXM.concept("theme", "automation"), "sv"));
    }

    @Test
    void barriersByTypeAndMinistryMatchTheRegister() {
        Map<List<Object>, Long> expected = new HashMap<>();
        register.barriers().forEach(b -> expected.merge(java.util.Arrays.asList(b.barrier().type().map(AnalysisRunnerTest::en).orElse(null),
                b.barrier().ministry().map(AnalysisRunnerTest::en).orElse(null)), 1L, Long::sum));
        assertThat(counted(runner.run("barriers-by-type-and-ministry", Map.of(), "en").rows(), 2)).isEqualTo(expected);
    }

    @Test
    void theFunnelHasEveryStatusInOrderWithTheRegistersCounts() {
        Map<String, Long> byStatus = new HashMap<>();
        register.barriers().forEach(b -> byStatus.merge(Vocabulary.code(b.barrier().status()), 1L, Long::sum));
        AnalysisResult r = runner.run("barrier-status-funnel", Map.of(), "fi");
        assertThat(r.rows()).extracting(row -> row.get(1))
                .containsExactly("identified", "assessed", "proposed", "in-drafting", "enacted", "resolved", "rejected");
        r.rows().forEach(row -> assertThat(row.get(2)).as(row.toString()).isEqualTo(byStatus.getOrDefault((String) row.get(1), 0L)));
        assertThat(r.rows().get(0).get(0)).isEqualTo(vocab().label(LXM.concept("barrier-status", "identified"), "fi"));
    }

    @Test
    void barriersByLifeEventCountEachEventAndFilterToOne() {
        Map<List<Object>, Long> all = new HashMap<>();
        register.barriers().forEach(b -> b.barrier().lifeEvents().forEach(le -> all.merge(List.of(en(le), en(b.barrier().status())), 1L, Long::sum)));
        assertThat(counted(runner.run("barriers-by-life-event", Map.of(), "en").rows(), 2)).isEqualTo(all);

        Node moving = LXM.concept("life-event", "moving");
        Map<List<Object>, Long> one = new HashMap<>();
        register.barriers().stream().filter(b -> b.barrier().lifeEvents().contains(moving))
                .forEach(b -> one.merge(List.of(en(moving), en(b.barrier().status())), 1L, Long::sum));
        assertThat(one).isNotEmpty();
        assertThat(counted(runner.run("barriers-by-life-event", Map.of("lifeEvent", "moving"), "en").rows(), 2)).isEqualTo(one);
        // a label is accepted too, and the result records the code
        AnalysisResult byLabel = runner.run("barriers-by-life-event", Map.of("lifeEvent", vocab().label(moving, "sv")), "en");
        assertThat(counted(byLabel.rows(), 2)).isEqualTo(one);
        assertThat(byLabel.parameters()).containsEntry("lifeEvent", "moving");
    }

    @Test
    void measuresProgressEndsWithTheCurrentStatusOfEveryMeasure() {
        AnalysisResult r = runner.run("measures-progress", Map.of(), "en");
        String last = (String) r.rows().get(r.rows().size() - 1).get(0);
        Map<List<Object>, Long> expected = new HashMap<>();
        register.measures().forEach(m -> expected.merge(List.of(last, en(m.measure().status())), 1L, Long::sum));
        assertThat(counted(r.rows().stream().filter(row -> row.get(0).equals(last)).toList(), 2)).isEqualTo(expected);
        Map<Object, Long> perMonth = new TreeMap<>();
        r.rows().forEach(row -> perMonth.merge(row.get(0), (Long) row.get(2), Long::sum));
        long previous = 0;
        for (long n : perMonth.values()) {
            assertThat(n).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(20);
            previous = n;
        }
        assertThat(previous).isEqualTo(20);
    }

    @Test
    void overdueMeasuresArePastTheirTargetDateAndStillOpen() {
        for (LocalDate day : List.of(TODAY, LocalDate.of(2027, 3, 1))) {
            List<String> expected = register.measures().stream().map(BarrierRegister.MeasureView::measure)
                    .filter(m -> m.targetDate().orElseThrow().isBefore(day))
                    .filter(m -> !Set.of("completed", "cancelled").contains(Vocabulary.code(m.status())))
                    .map(org.lexmaturity.register.Measure::id).sorted().toList();
            Map<String, String> params = day.equals(TODAY) ? Map.of() : Map.of("date", day.toString());
            AnalysisResult r = runner.run("overdue-measures", params, "en");
            assertThat(r.rows().stream().map(row -> (String) row.get(0)).sorted().toList()).as(day.toString()).isEqualTo(expected).isNotEmpty();
            assertThat(r.parameters()).containsEntry("date", day.toString());
            r.rows().forEach(row -> assertThat((LocalDate) row.get(3)).isBefore(day));
        }
    }

    @Test
    void surveyAnswersShowOnlyPublishedGroupsAndNeverASuppressedOne() {
        Node publicGraph = store.graphs().surveysPublic();
        // (question code, organisation type) of every suppressed group, and the published counts, read triple by triple
        Map<String, Set<String>> suppressed = new HashMap<>();
        Map<String, Map<List<Object>, Long>> published = new HashMap<>();
        store.read(dsg -> {
            dsg.find(publicGraph, Node.ANY, RDF.type.asNode(), QB.Observation).forEachRemaining(q -> {
                Node obs = q.getSubject();
                String question = one(dsg, publicGraph, one(dsg, publicGraph, obs, LXM.question), SKOS.notation.asNode()).getLiteralLexicalForm();
                Node type = one(dsg, publicGraph, obs, LXM.organisationType);
                if (type.equals(LXM.AllOrganisationTypes)) {
                    return;
                }
                if (dsg.contains(publicGraph, obs, LXM.suppressed, Node.ANY)) {
                    suppressed.computeIfAbsent(question, k -> new HashSet<>()).add(en(type));
                } else {
                    long n = ((Number) one(dsg, publicGraph, obs, LXM.respondentCount).getLiteralValue()).longValue();
                    String value = one(dsg, publicGraph, obs, LXM.answerValue).getLiteralLexicalForm();
                    published.computeIfAbsent(question, k -> new HashMap<>()).put(List.of(en(type), value), n);
                }
            });
            return null;
        });
        assertThat(suppressed).as("the demo survey has suppressed groups").isNotEmpty();
        for (String question : published.keySet()) {
            AnalysisResult r = runner.run("survey-answers-by-organisation-type", Map.of("question", question), "en");
            Map<List<Object>, Long> rows = new HashMap<>();
            r.rows().forEach(row -> rows.put(List.of(row.get(0), row.get(2)), (Long) row.get(3)));
            assertThat(rows).as(question).isEqualTo(published.get(question));
            assertThat(r.rows()).extracting(row -> row.get(0)).as(question).doesNotContainAnyElementsOf(suppressed.getOrDefault(question, Set.of()));
        }
        assertThat(runner.run("survey-answers-by-organisation-type", Map.of("question", "k99"), "en").rows()).isEmpty();
    }

    @Test
    void themeMeansAreTheWeightedMeansOfThePublishedLikertCounts() {
        Node g = store.graphs().surveysPublic();
        Map<List<Object>, BigDecimal[]> sums = new HashMap<>();
        store.read(dsg -> {
            dsg.find(g, Node.ANY, RDF.type.asNode(), QB.Observation).forEachRemaining(q -> {
                Node obs = q.getSubject();
                Node question = one(dsg, g, obs, LXM.question);
                Node type = one(dsg, g, obs, LXM.organisationType);
                Node value = one(dsg, g, obs, LXM.answerValue);
                if (!one(dsg, g, question, LXM.answerKind).getLiteralLexicalForm().equals("likert") || !dsg.contains(g, question, LXM.theme, Node.ANY)
                        || !List.of("municipality", "agency").contains(type.getURI().substring(type.getURI().lastIndexOf('/') + 1))
                        || !value.getLiteralLexicalForm().matches("\\d+") || !dsg.contains(g, obs, LXM.respondentCount, Node.ANY)) {
                    return;
                }
                BigDecimal n = new BigDecimal(one(dsg, g, obs, LXM.respondentCount).getLiteralLexicalForm());
                BigDecimal[] s = sums.computeIfAbsent(List.of(en(one(dsg, g, question, LXM.theme)), en(type)), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(n.multiply(new BigDecimal(value.getLiteralLexicalForm())));
                s[1] = s[1].add(n);
            });
            return null;
        });
        AnalysisResult r = runner.run("themes-cited-municipalities-vs-agencies", Map.of(), "en");
        assertThat(r.rows()).hasSize(sums.size()).hasSize(10);
        for (List<Object> row : r.rows()) {
            BigDecimal[] s = sums.get(List.of(row.get(0), row.get(1)));
            assertThat(row.get(2)).as(row.toString()).isEqualTo(s[0].divide(s[1], 2, java.math.RoundingMode.HALF_UP));
            assertThat(row.get(3)).isEqualTo(s[1].longValue());
        }
    }

    /** act number → distinct responses with a resolved citation of it, from the private graph. */
    static Map<String, Long> citingResponses() {
        Node g = store.graphs().surveysPrivate();
        Map<String, Set<Node>> responses = new HashMap<>();
        store.read(dsg -> {
            dsg.find(g, Node.ANY, LXM.citedAct, Node.ANY).forEachRemaining(q -> {
                Node c = q.getSubject();
                if (!one(dsg, g, c, LXM.resolved).getLiteralLexicalForm().equals("true")) {
                    return;
                }
                Node response = one(dsg, g, one(dsg, g, c, PROV.wasDerivedFrom), DCTerms.isPartOf.asNode());
                String act = dsg.find(Node.ANY, q.getObject(), ELI.id_local, Node.ANY).next().getObject().getLiteralLexicalForm();
                responses.computeIfAbsent(act, k -> new HashSet<>()).add(response);
            });
            return null;
        });
        Map<String, Long> counts = new HashMap<>();
        responses.forEach((act, set) -> counts.put(act, (long) set.size()));
        return counts;
    }

    @Test
    void actsCitedInFreeTextCountDistinctResponsesAndShowNothingElse() {
        Map<String, Long> expected = citingResponses();
        assertThat(expected).isNotEmpty();
        AnalysisResult r = runner.run("acts-cited-in-free-text", Map.of(), "sv");
        Map<String, Long> actual = new HashMap<>();
        r.rows().forEach(row -> actual.put((String) row.get(0), (Long) row.get(2)));
        assertThat(actual).isEqualTo(expected);
        assertThat(r.columns()).extracting(AnalysisDefinition.Column::name).containsExactly("act", "title", "responses");
        assertThat(r.rows().stream().filter(row -> row.get(0).equals("9001/2016")).findFirst().orElseThrow().get(1))
                .isEqualTo(title(AnalysisFixture.ACT_1, "sv"));
    }

    @Test
    void findingsAreCountedPerActPolarityAndDimensionForTheLatestRules() {
        assertThat(runner.run("indicator-findings-per-act", Map.of(), "en").rows()).containsExactly(
                List.of("9001/2016", "barrier", "barrier", "Digital communication", 3L),
                List.of("9001/2016", "enabler", "enabler", "Proactivity", 1L));
        assertThat(runner.run("indicator-findings-per-act", Map.of("ruleVersion", "2025.9"), "fi").rows()).containsExactly(
                List.of("9001/2016", "este", "barrier", vocab().label(AnalysisFixture.COMMUNICATION, "fi"), 1L));
    }

    @Test
    void maturityIsDistributedAndAveragedFromTheLatestAutomaticAssessments() {
        String l0 = vocab().label(LXM.concept("level", "0"), "en");
        String l2 = vocab().label(LXM.concept("level", "2"), "en");
        String l3 = vocab().label(LXM.concept("level", "3"), "en");
        assertThat(runner.run("maturity-distribution", Map.of(), "en").rows()).containsExactly(
                List.of("Digital communication", l0, 0L, 1L),
                List.of("Digital communication", l2, 2L, 1L),
                List.of("Proactivity", l3, 3L, 2L));

        Node m1 = responsible(AnalysisFixture.ACT_1);
        Node m2 = responsible(AnalysisFixture.ACT_2);
        Map<List<Object>, Object> expected = new HashMap<>();
        if (m1.equals(m2)) {
            expected.put(List.of(en(m1), "Digital communication"), new BigDecimal("1.00"));
            expected.put(List.of(en(m1), "Proactivity"), new BigDecimal("3.00"));
        } else {
            expected.put(List.of(en(m1), "Digital communication"), new BigDecimal("0.00"));
            expected.put(List.of(en(m2), "Digital communication"), new BigDecimal("2.00"));
            expected.put(List.of(en(m1), "Proactivity"), new BigDecimal("3.00"));
            expected.put(List.of(en(m2), "Proactivity"), new BigDecimal("3.00"));
        }
        Map<List<Object>, Object> actual = new HashMap<>();
        runner.run("maturity-by-ministry", Map.of(), "en").rows().forEach(row -> actual.put(List.of(row.get(0), row.get(1)), row.get(2)));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void thePriorityIndexFollowsItsFormula() {
        AnalysisResult r = runner.run("priority-ranking", Map.of("limit", "1000"), "en");
        Map<String, List<Object>> byAct = new HashMap<>();
        r.rows().forEach(row -> byAct.put((String) row.get(0), row));
        Map<String, Long> citing = citingResponses();
        for (Node act : List.of(AnalysisFixture.ACT_1, AnalysisFixture.ACT_2)) {
            String number = store.read(dsg -> dsg.find(Node.ANY, act, ELI.id_local, Node.ANY).next().getObject().getLiteralLexicalForm());
            long severity = register.barriers().stream().map(BarrierRegister.BarrierView::barrier)
                    .filter(b -> !Set.of("enacted", "resolved", "rejected").contains(Vocabulary.code(b.status())))
                    .filter(b -> b.provisions().stream().anyMatch(p -> p.equals(act) || p.getURI().startsWith(act.getURI() + "/")))
                    .mapToLong(b -> b.severity().orElse(0)).sum();
            long organisations = citing.getOrDefault(number, 0L);
            long findings = act.equals(AnalysisFixture.ACT_1) ? 2 : 0;
            long level = act.equals(AnalysisFixture.ACT_1) ? 1 : 2;
            assertThat(byAct.get(number)).as(number).containsExactly(number, title(act, "en"), organisations, severity, findings, level,
                    3 * organisations + 2 * severity + findings + 2 * (4 - level));
        }
        List<Long> priorities = r.rows().stream().map(row -> (Long) row.get(6)).toList();
        assertThat(priorities).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(runner.run("priority-ranking", Map.of(), "en").rows()).hasSize(20);
        assertThat(runner.run("priority-ranking", Map.of("limit", "3"), "en").rows()).hasSize(3).isEqualTo(r.rows().subList(0, 3));
    }

    @Test
    void fullTextSearchFindsInflectedFormsInTheChosenLanguage() {
        AnalysisResult fi = runner.run("fulltext-search", Map.of("text", "kirjallisena"), "fi");
        assertThat(fi.rows()).isNotEmpty();
        fi.rows().forEach(row -> assertThat(((String) row.get(2)).toLowerCase()).contains("kirjallis"));
        AnalysisResult sv = runner.run("fulltext-search", Map.of("text", "skriftligen", "language", "sv", "limit", "2"), "sv");
        assertThat(sv.rows()).hasSize(2);
        sv.rows().forEach(row -> assertThat(((String) row.get(2)).toLowerCase()).contains("skriftlig"));
    }

    @Test
    void aPublicAnalysisCannotReachThePrivateGraphEvenByName() {
        String query = """
                #@ title: fi=Kaikki | sv=Allt | en=All
                #@ description: fi=Kaikki | sv=Allt | en=All
                #@ public: %s
                #@ column triples: type=integer | fi=Kolmikot | sv=Tripler | en=Triples
                SELECT (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g = <%s>) }
                """;
        String privateGraph = store.graphs().surveysPrivate().getURI();
        AnalysisCatalogue probes = AnalysisCatalogue.of(Map.of("open", query.formatted("true", privateGraph), "closed", query.formatted("false", privateGraph)));
        AnalysisRunner probing = new AnalysisRunner(store, probes);
        assertThat(probing.run("closed", Map.of(), "en").rows().get(0).get(0)).isNotEqualTo(0L);
        assertThat(probing.run("open", Map.of(), "en").rows().get(0).get(0)).isEqualTo(0L);
    }

    @Test
    void registerBarriersOfAThemeAreExactlyTheRegistersBarriersOfThatTheme() {
        for (Node theme : vocab().concepts("theme")) {
            String code = Vocabulary.code(theme);
            AnalysisResult r = runner.run("register-barriers", Map.of("theme", code), "fi");
            List<String> expected = register.barriers().stream().filter(v -> v.barrier().theme().map(theme::equals).orElse(false))
                    .map(v -> v.barrier().id()).sorted().toList();
            assertThat(r.rows().stream().map(row -> (String) row.get(r.column("barrier"))).sorted().toList()).as(code).isEqualTo(expected);
        }
        assertThat(runner.run("register-barriers", Map.of(), "sv").rows()).hasSize(register.barriers().size());
    }

    @Test
    void statusChangesInAPeriodAreTheDatedStepsOfBarriersAndMeasuresInIt() {
        LocalDate from = LocalDate.of(2025, 6, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        AnalysisResult r = runner.run("status-changes", Map.of("from", from.toString(), "to", to.toString()), "en");
        long expected = register.barriers().stream().flatMap(v -> v.barrier().history().stream())
                .filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to)).count()
                + register.measures().stream().flatMap(v -> v.measure().history().stream())
                .filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to)).count();
        assertThat((long) r.rows().size()).isEqualTo(expected).isPositive();
        assertThat(r.rows()).allSatisfy(row -> assertThat((LocalDate) row.get(r.column("date"))).isBetween(from, to));
    }

    @Test
    void badParametersAreRefusedWithTheirName() {
        assertRefused("barriers-by-theme", Map.of("theme", "cloud"), "analysis barriers-by-theme has no parameter 'theme' (it takes none)");
        assertRefused("priority-ranking", Map.of("limit", "many"), "parameter 'limit': 'many' is not a whole number");
        assertRefused("priority-ranking", Map.of("limit", "0"), "parameter 'limit': 0 is outside 1–10000");
        assertRefused("fulltext-search", Map.of("language", "de"), "parameter 'language': 'de' is not one of fi, sv");
        assertRefused("barriers-by-life-event", Map.of("lifeEvent", "holiday"), "parameter 'lifeEvent': 'holiday' is not a code of the life-event scheme");
        assertRefused("overdue-measures", Map.of("date", "1.9.2026"), "parameter 'date': '1.9.2026' is not a date YYYY-MM-DD");
        assertRefused("fulltext-search", Map.of("text", "\"kirjal"), "analysis fulltext-search: the search text does not parse");
        assertThatThrownBy(() -> runner.run("barriers-by-theme", Map.of(), "de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("language 'de'");
        assertThatThrownBy(() -> runner.run("no-such-analysis", Map.of(), "fi")).isInstanceOf(java.util.NoSuchElementException.class);
    }

    private static void assertRefused(String id, Map<String, String> params, String message) {
        assertThatThrownBy(() -> runner.run(id, params, "en")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    private static Node one(org.apache.jena.sparql.core.DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        if (!it.hasNext()) {
            throw new AssertionError("no " + p + " of " + s);
        }
        return it.next().getObject();
    }

    private static Node responsible(Node act) {
        return store.read(dsg -> dsg.find(Node.ANY, act, ELI.responsibility_of, Node.ANY).next().getObject());
    }

    /** The act's title in {@code lang}, Finnish when it has none in that language. */
    private static String title(Node act, String lang) {
        return store.read(dsg -> {
            String fi = null;
            for (Quad e : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Node.ANY, act, ELI.is_realized_by, Node.ANY))) {
                for (Quad t : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Node.ANY, e.getObject(), ELI.title, Node.ANY))) {
                    if (t.getObject().getLiteralLanguage().equals(lang)) {
                        return t.getObject().getLiteralLexicalForm();
                    }
                    if (t.getObject().getLiteralLanguage().equals("fi")) {
                        fi = t.getObject().getLiteralLexicalForm();
                    }
                }
            }
            return fi;
        });
    }
}
