package org.lexmaturity.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/** A survey export read through its mapping and checked: what the import writes. */
public record SurveyData(String source, SurveyMapping mapping, List<Response> responses) {

    /**
     * One respondent organisation's response. {@code respondentId} is as exported and stays private;
     * {@code place} says where in the file it came from.
     */
    public record Response(String respondentId, String place, String organisation, Optional<Node> type,
                           Optional<Node> branch, String branchText, List<String> contacts, Map<String, Answer> answers) {
        public Response {
            contacts = List.copyOf(contacts);
            answers = Map.copyOf(answers);
        }
    }

    /**
     * One answer: {@code number} for Likert and number questions (empty for "don't know"), {@code options} for
     * choice questions, {@code text} for free text. {@code raw} is the cell as exported.
     */
    public record Answer(SurveyMapping.Question question, String raw, Optional<BigDecimal> number, boolean dontKnow,
                         List<String> options, Optional<String> text) {
        public Answer {
            options = List.copyOf(options);
        }
    }

    public int answerCount() {
        return responses.stream().mapToInt(r -> r.answers().size()).sum();
    }
}
