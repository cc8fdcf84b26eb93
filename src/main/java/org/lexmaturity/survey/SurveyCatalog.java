package org.lexmaturity.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.Vocabulary;

/**
 * What may be shown of surveys to anyone: read from the public survey graph only, so nothing here can
 * carry a free-text answer or a respondent's name.
 */
public final class SurveyCatalog {
    public record SurveySummary(String id, String iri, Map<String, String> title, Optional<String> issued, long respondents, long questions) {}

    /** {@code distribution}: organisation type code ("all" for everyone) → answer value → count; a suppressed group maps to an empty map. */
    public record QuestionView(String id, String iri, int ordinal, String kind, Map<String, String> text, Optional<Integer> min,
                               Optional<Integer> max, Optional<String> theme, Map<String, Map<String, Long>> distribution,
                               List<String> suppressed) {}

    private final Store store;

    public SurveyCatalog(Store store) {
        this.store = store;
    }

    public List<SurveySummary> surveys() {
        return store.read(dsg -> {
            Map<String, SurveySummary> byId = new LinkedHashMap<>();
            for (Sparql.Row r : Sparql.select(dsg, "list-surveys", Map.of("graph", store.graphs().surveysPublic()))) {
                String id = r.string("id");
                SurveySummary s = byId.computeIfAbsent(id, k -> new SurveySummary(id, r.string("survey"), new LinkedHashMap<>(),
                        r.get("issued").map(Node::getLiteralLexicalForm), r.number("respondents"), r.number("questions")));
                r.get("title").ifPresent(t -> s.title().put(t.getLiteralLanguage(), t.getLiteralLexicalForm()));
            }
            return List.copyOf(byId.values());
        });
    }

    public Optional<List<QuestionView>> questions(String surveyId) {
        return surveys().stream().filter(s -> s.id().equals(surveyId)).findFirst().map(s -> store.read(dsg -> {
            Map<String, Node> in = Map.of("graph", store.graphs().surveysPublic(), "survey", NodeFactory.createURI(s.iri()));
            Map<String, Map<String, Map<String, Long>>> distributions = new LinkedHashMap<>();
            Map<String, List<String>> suppressed = new LinkedHashMap<>();
            for (Sparql.Row r : Sparql.select(dsg, "survey-aggregates", in)) {
                String q = r.string("question");
                String type = r.get("type").map(t -> t.getURI().endsWith("#AllOrganisationTypes") ? "all" : Vocabulary.code(t)).orElse("all");
                if (r.flag("suppressed")) {
                    suppressed.computeIfAbsent(q, k -> new ArrayList<>()).add(type);
                    continue;
                }
                distributions.computeIfAbsent(q, k -> new LinkedHashMap<>()).computeIfAbsent(type, k -> new LinkedHashMap<>())
                        .put(r.get("value").map(Node::getLiteralLexicalForm).orElse(""), r.number("count"));
            }
            Map<String, QuestionView> questions = new LinkedHashMap<>();
            for (Sparql.Row r : Sparql.select(dsg, "survey-questions", in)) {
                String iri = r.string("question");
                QuestionView v = questions.computeIfAbsent(iri, k -> new QuestionView(r.string("code"), iri, (int) r.number("ordinal"),
                        r.string("kind"), new LinkedHashMap<>(), r.get("min").map(n -> Integer.parseInt(n.getLiteralLexicalForm())),
                        r.get("max").map(n -> Integer.parseInt(n.getLiteralLexicalForm())), r.get("theme").map(Vocabulary::code),
                        distributions.getOrDefault(iri, Map.of()), suppressed.getOrDefault(iri, List.of())));
                r.get("text").ifPresent(t -> v.text().put(t.getLiteralLanguage(), t.getLiteralLexicalForm()));
            }
            return List.copyOf(questions.values());
        }));
    }
}
