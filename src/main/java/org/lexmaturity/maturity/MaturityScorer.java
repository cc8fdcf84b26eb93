package org.lexmaturity.maturity;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.lexmaturity.screening.Indicator;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.Polarity;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.store.Graphs;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.Vocabulary;
import org.apache.jena.graph.NodeFactory;

/**
 * Scores an act on each maturity dimension from the evidence in the store, by the rules of
 * {@code ontology/maturity.ttl}. Nothing is guessed: every point of the score is an entry in the evidence list.
 * Call inside a read transaction.
 */
public final class MaturityScorer {
    /** Register barriers in these statuses no longer weigh on the act. */
    private static final Set<String> CLOSED = Set.of("enacted", "resolved", "rejected");

    private final MaturityRules rules;
    private final IndicatorRules indicators;
    private final Vocabulary vocabulary = Vocabulary.shipped();

    public MaturityScorer(MaturityRules rules, IndicatorRules indicators) {
        this.rules = rules;
        this.indicators = indicators;
    }

    public ActMaturity score(DatasetGraph dsg, Graphs graphs, Node act) {
        Map<Node, List<ActMaturity.Evidence>> evidence = new LinkedHashMap<>();
        List<Node> dimensions = vocabulary.concepts("dimension");
        dimensions.forEach(d -> evidence.put(d, new ArrayList<>()));

        // screening findings: one entry per provision and indicator, with the matched texts of every language
        Map<String, ActMaturity.Evidence> findings = new LinkedHashMap<>();
        Map<String, Indicator> byIri = new HashMap<>();
        indicators.indicators().forEach(i -> byIri.put(i.iri().getURI(), i));
        for (Sparql.Row r : Sparql.select(dsg, "act-findings", Map.of("act", act, "version", NodeFactory.createLiteralString(indicators.version())))) {
            Indicator ind = byIri.get(r.string("indicator"));
            if (ind == null) {
                continue;
            }
            Node provision = r.get("provision").orElseThrow();
            boolean mitigated = r.get("mitigatedBy").isPresent();
            String key = provision.getURI() + "|" + ind.code() + (mitigated ? "|mitigated" : "");
            String text = r.string("lang") + ": " + r.string("text");
            ActMaturity.Evidence e = findings.get(key);
            List<String> texts = new ArrayList<>(e == null ? List.of() : e.texts());
            texts.add(text);
            // a mitigated barrier is evidence the reader sees, with no effect: the same sentence gives the alternative
            String kind = mitigated ? "mitigated-finding" : ind.polarity() == Polarity.BARRIER ? "barrier-finding" : "enabler-finding";
            double effect = mitigated ? 0.0 : ind.polarity() == Polarity.BARRIER ? -ind.weight() : rules.enablerBonus();
            findings.put(key, new ActMaturity.Evidence(kind, ind.code(), Optional.of(ind.iri()), Optional.of(provision), texts, effect));
            evidence.computeIfAbsent(ind.dimension(), d -> new ArrayList<>());
            if (e == null) {
                evidence.get(ind.dimension()).add(findings.get(key));
            } else {
                List<ActMaturity.Evidence> list = evidence.get(ind.dimension());
                list.set(list.indexOf(e), findings.get(key));
            }
        }

        // open register barriers of the act, weighed by severity
        Set<Node> seenBarriers = new LinkedHashSet<>();
        for (Sparql.Row r : Sparql.select(dsg, "act-barriers", Map.of("act", act))) {
            Node barrier = r.get("barrier").orElseThrow();
            String status = Vocabulary.code(r.get("status").orElseThrow());
            if (CLOSED.contains(status) || !seenBarriers.add(barrier)) {
                continue;
            }
            Optional<Node> dimension = r.get("type").flatMap(t -> vocabulary.property(t, LXM.dimension));
            if (dimension.isEmpty()) {
                continue;
            }
            int severity = r.get("severity").map(n -> Integer.parseInt(n.getLiteralLexicalForm())).orElse(3);
            evidence.computeIfAbsent(dimension.get(), d -> new ArrayList<>()).add(new ActMaturity.Evidence("register-barrier",
                    r.string("id"), Optional.of(barrier), r.get("provision"), List.of("severity " + severity + ", " + status),
                    -rules.severityFactor() * severity));
        }

        // survey evidence: organisations whose free-text answers cite the act
        long organisations = Sparql.select(dsg, "act-survey-evidence", Map.of("act", act, "private", graphs.surveysPrivate()))
                .stream().findFirst().map(r -> r.number("organisations")).orElse(0L);

        Optional<ExpertAssessments.Latest> expert = ExpertAssessments.latest(dsg, act);
        List<ActMaturity.Dimension> results = new ArrayList<>();
        for (Node d : dimensions) {
            List<ActMaturity.Evidence> list = new ArrayList<>(evidence.get(d));
            double penalty = Math.min(rules.findingPenaltyCap(), -sum(list, "barrier-finding"));
            double bonus = Math.min(rules.enablerBonusCap(), sum(list, "enabler-finding"));
            double register = Math.min(rules.registerPenaltyCap(), -sum(list, "register-barrier"));
            boolean barrierEvidence = list.stream().anyMatch(e -> e.kind().equals("barrier-finding") || e.kind().equals("register-barrier"));
            double survey = 0;
            if (barrierEvidence && organisations > 0) {
                survey = Math.min(rules.surveyPenaltyCap(), rules.surveyPenalty() * organisations);
                list.add(new ActMaturity.Evidence("survey", "organisations-citing", Optional.empty(), Optional.empty(),
                        List.of(organisations + " organisations cite the act in survey answers"), -rules.surveyPenalty() * organisations));
            }
            double score = rules.base() - penalty + bonus - register - survey;
            int automatic = MaturityRules.level(score);
            Optional<ExpertAssessments.Verdict> verdict = expert.flatMap(x -> Optional.ofNullable(x.verdicts().get(d)));
            Optional<Integer> expertLevel = verdict.flatMap(v -> Optional.ofNullable(rules.expertLevels().get(v.verdict())));
            results.add(new ActMaturity.Dimension(d, Math.round(score * 100) / 100.0, automatic, verdict.map(ExpertAssessments.Verdict::verdict),
                    expertLevel, verdict.flatMap(ExpertAssessments.Verdict::comment), expertLevel.orElse(automatic),
                    expertLevel.isPresent() ? "expert" : "automatic", List.copyOf(list)));
        }
        List<Integer> counting = results.stream()
                .filter(r -> !r.expertVerdict().map("not-applicable"::equals).orElse(false)).map(ActMaturity.Dimension::level).toList();
        Optional<Integer> overall = counting.isEmpty() ? Optional.empty()
                : Optional.of((int) Math.floor(counting.stream().mapToInt(Integer::intValue).average().orElse(0)));
        return new ActMaturity(act, rules.version(), indicators.version(), results, overall,
                expert.map(x -> new ActMaturity.Expert(x.assessment(), x.at(), x.by())));
    }

    private static double sum(List<ActMaturity.Evidence> list, String kind) {
        return list.stream().filter(e -> e.kind().equals(kind)).mapToDouble(ActMaturity.Evidence::effect).sum();
    }

}
