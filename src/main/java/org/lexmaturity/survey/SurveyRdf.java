package org.lexmaturity.survey;

import java.security.GeneralSecurityException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.DISCO;
import org.lexmaturity.vocab.QB;
import org.lexmaturity.vocab.PROV;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Turns checked survey data into triples for two graphs. The private graph gets everything as exported
 * (respondents, contact details, every answer, free text). The public graph gets the questionnaire and the
 * answer distributions per question and organisation type as a Data Cube, where a group smaller than the
 * threshold is suppressed — and so is the next smallest group of the same question when only one would be,
 * so that the total cannot give the small group away.
 *
 * <p>Response IRIs are a keyed hash of survey and respondent id, so that re-importing the same export gives the
 * same IRIs (barriers that cite an answer stay linked) without putting the exported id in an IRI, and without
 * letting anyone who knows the ids recompute them.
 */
public final class SurveyRdf {
    public static final int DEFAULT_THRESHOLD = 5;
    /** The group of respondents whose organisation type is not known. */
    static final String UNSPECIFIED = "unspecified";

    private final String base;
    private final int threshold;
    private final byte[] key;

    /** {@code key}: the installation's secret ({@link SurveyKey}) that response IRIs are keyed with. */
    public SurveyRdf(String baseIri, int threshold, byte[] key) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1");
        }
        this.base = baseIri;
        this.threshold = threshold;
        this.key = key.clone();
    }

    public Node survey(String surveyId) {
        return NodeFactory.createURI(base + "id/survey/" + surveyId);
    }

    public Node question(String surveyId, String questionId) {
        return NodeFactory.createURI(base + "id/survey/" + surveyId + "/question/" + questionId);
    }

    public Node response(String surveyId, String respondentId) {
        return NodeFactory.createURI(base + "id/survey/" + surveyId + "/response/" + hash(surveyId, respondentId));
    }

    public Node answer(String surveyId, String respondentId, String questionId) {
        return NodeFactory.createURI(response(surveyId, respondentId).getURI() + "/" + questionId);
    }

    private String hash(String surveyId, String respondentId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] d = mac.doFinal((surveyId + "\n" + respondentId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the private triples: respondents, responses and answers. */
    public void writePrivate(SurveyData data, Graph g) {
        SurveyMapping m = data.mapping();
        Node survey = survey(m.surveyId());
        g.add(survey, DCTerms.source.asNode(), NodeFactory.createLiteralString(data.source()));
        for (SurveyData.Response r : data.responses()) {
            Node response = response(m.surveyId(), r.respondentId());
            Node respondent = NodeFactory.createURI(survey.getURI() + "/respondent/" + response.getURI().substring(response.getURI().lastIndexOf('/') + 1));
            g.add(response, RDF.type.asNode(), LXM.Response);
            g.add(response, DCTerms.isPartOf.asNode(), survey);
            g.add(response, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(r.respondentId()));
            g.add(response, LXM.sourceRow, NodeFactory.createLiteralString(r.place()));
            g.add(response, PROV.wasAttributedTo, respondent);
            g.add(respondent, RDF.type.asNode(), LXM.Respondent);
            if (!r.organisation().isEmpty()) {
                g.add(respondent, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(r.organisation()));
            }
            r.type().ifPresent(t -> g.add(respondent, LXM.organisationType, t));
            r.branch().ifPresent(b -> g.add(respondent, LXM.administrativeBranch, b));
            if (r.branch().isEmpty() && !r.branchText().isEmpty()) {
                g.add(respondent, SKOS.note.asNode(), NodeFactory.createLiteralString("administrative branch: " + r.branchText()));
            }
            r.contacts().forEach(c -> g.add(respondent, LXM.contact, NodeFactory.createLiteralString(c)));
            for (SurveyData.Answer a : r.answers().values()) {
                Node answer = answer(m.surveyId(), r.respondentId(), a.question().id());
                g.add(answer, RDF.type.asNode(), LXM.Answer);
                g.add(answer, DCTerms.isPartOf.asNode(), response);
                g.add(answer, LXM.question, question(m.surveyId(), a.question().id()));
                a.number().ifPresent(n -> g.add(answer, LXM.answerValue, number(n)));
                if (a.dontKnow()) {
                    g.add(answer, LXM.answerValue, NodeFactory.createLiteralString("dont-know"));
                }
                a.options().forEach(o -> g.add(answer, LXM.answerValue, NodeFactory.createLiteralString(o)));
                a.text().ifPresent(t -> g.add(answer, LXM.freeText, NodeFactory.createLiteralString(t)));
            }
        }
    }

    /** Writes the public triples: the questionnaire and the suppressed aggregates. Nothing of any one respondent. */
    public void writePublic(SurveyData data, Graph g) {
        SurveyMapping m = data.mapping();
        Node survey = survey(m.surveyId());
        g.add(survey, RDF.type.asNode(), LXM.Survey);
        g.add(survey, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(m.surveyId()));
        m.title().forEach((lang, t) -> g.add(survey, DCTerms.title.asNode(), NodeFactory.createLiteralLang(t, lang)));
        m.issued().ifPresent(d -> g.add(survey, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        g.add(survey, LXM.respondentCount, integer(data.responses().size()));
        int ordinal = 0;
        for (SurveyMapping.Question q : m.questions()) {
            Node question = question(m.surveyId(), q.id());
            g.add(survey, DISCO.question, question);
            g.add(question, RDF.type.asNode(), DISCO.Question);
            g.add(question, DCTerms.isPartOf.asNode(), survey);
            g.add(question, SKOS.notation.asNode(), NodeFactory.createLiteralString(q.id()));
            g.add(question, LXM.ordinal, integer(++ordinal));
            g.add(question, LXM.answerKind, NodeFactory.createLiteralString(q.kind().code()));
            q.text().forEach((lang, t) -> g.add(question, DISCO.questionText, NodeFactory.createLiteralLang(t, lang)));
            q.theme().ifPresent(t -> g.add(question, LXM.theme, LXM.concept("theme", t)));
            if (q.kind() == SurveyMapping.Kind.LIKERT) {
                g.add(question, LXM.scaleMin, integer(q.min()));
                g.add(question, LXM.scaleMax, integer(q.max()));
            }
            if (!q.options().isEmpty()) {
                Node scheme = NodeFactory.createURI(question.getURI() + "/options");
                g.add(question, DISCO.responseDomain, scheme);
                g.add(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
                for (SurveyMapping.Option o : q.options()) {
                    Node option = NodeFactory.createURI(scheme.getURI() + "/" + o.code());
                    g.add(option, RDF.type.asNode(), SKOS.Concept.asNode());
                    g.add(option, SKOS.inScheme.asNode(), scheme);
                    g.add(option, SKOS.notation.asNode(), NodeFactory.createLiteralString(o.code()));
                    o.labels().forEach((lang, l) -> g.add(option, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(l, lang)));
                }
            }
        }
        aggregates(data, g);
    }

    private void aggregates(SurveyData data, Graph g) {
        SurveyMapping m = data.mapping();
        Node dataset = NodeFactory.createURI(survey(m.surveyId()).getURI() + "/aggregates");
        g.add(dataset, RDF.type.asNode(), QB.DataSet);
        g.add(dataset, QB.structure, LXM.SurveyAggregateStructure);
        g.add(dataset, DCTerms.source.asNode(), survey(m.surveyId()));
        g.add(dataset, LXM.suppressionThreshold, integer(threshold));
        for (SurveyMapping.Question q : m.questions()) {
            // group (organisation type code, or "all") → answer value → respondents
            Map<String, Map<String, Integer>> counts = new TreeMap<>();
            Map<String, Integer> groupSize = new TreeMap<>();
            for (SurveyData.Response r : data.responses()) {
                SurveyData.Answer a = r.answers().get(q.id());
                if (a == null) {
                    continue;
                }
                List<String> groups = new ArrayList<>(List.of("all"));
                groups.add(r.type().map(Vocabulary::code).orElse(UNSPECIFIED));
                for (String group : groups) {
                    groupSize.merge(group, 1, Integer::sum);
                    if (group.equals(UNSPECIFIED)) {
                        continue; // never published on its own, but "all" minus the types would reveal it
                    }
                    for (String v : values(a)) {
                        counts.computeIfAbsent(group, k -> new TreeMap<>()).merge(v, 1, Integer::sum);
                    }
                }
            }
            List<String> suppressed = suppressed(groupSize);
            Node question = question(m.surveyId(), q.id());
            for (var group : counts.entrySet()) {
                Node type = group.getKey().equals("all") ? LXM.AllOrganisationTypes : LXM.concept("organisation-type", group.getKey());
                String prefix = dataset.getURI() + "/" + q.id() + "/" + group.getKey();
                if (suppressed.contains(group.getKey())) {
                    Node obs = NodeFactory.createURI(prefix + "/suppressed");
                    observation(g, obs, dataset, question, type, NodeFactory.createLiteralString("*"));
                    g.add(obs, LXM.suppressed, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
                    continue;
                }
                for (var value : group.getValue().entrySet()) {
                    Node obs = NodeFactory.createURI(prefix + "/" + value.getKey());
                    observation(g, obs, dataset, question, type, valueNode(value.getKey()));
                    g.add(obs, LXM.respondentCount, integer(value.getValue()));
                }
            }
        }
    }

    /**
     * Groups under the threshold, plus the next smallest one when only one group would be hidden — counting the
     * respondents of no known type as a group, since "all" minus the published types gives them away.
     */
    List<String> suppressed(Map<String, Integer> groupSize) {
        List<String> small = new ArrayList<>();
        groupSize.forEach((group, n) -> {
            if (n < threshold) {
                small.add(group);
            }
        });
        List<String> typeGroups = small.stream().filter(s -> !s.equals("all")).toList();
        if (typeGroups.size() == 1 && !small.contains("all")) {
            Optional<String> next = groupSize.entrySet().stream()
                    .filter(e -> !e.getKey().equals("all") && !e.getKey().equals(UNSPECIFIED) && !small.contains(e.getKey()))
                    .min(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey);
            next.ifPresent(small::add);
        }
        return small;
    }

    private static List<String> values(SurveyData.Answer a) {
        if (a.dontKnow()) {
            return List.of("dont-know");
        }
        if (a.text().isPresent()) {
            return List.of("answered");
        }
        if (a.number().isPresent()) {
            return List.of(a.number().get().stripTrailingZeros().toPlainString());
        }
        return a.options();
    }

    private static void observation(Graph g, Node obs, Node dataset, Node question, Node type, Node value) {
        g.add(obs, RDF.type.asNode(), QB.Observation);
        g.add(obs, QB.dataSet, dataset);
        g.add(obs, LXM.question, question);
        g.add(obs, LXM.organisationType, type);
        g.add(obs, LXM.answerValue, value);
    }

    private static Node valueNode(String v) {
        return v.matches("-?\\d+") ? integer(Integer.parseInt(v)) : NodeFactory.createLiteralString(v);
    }

    private static Node number(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() <= 0 ? NodeFactory.createLiteralDT(s.toBigInteger().toString(), XSDDatatype.XSDinteger)
                : NodeFactory.createLiteralDT(s.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
    }
}
