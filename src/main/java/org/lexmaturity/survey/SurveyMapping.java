package org.lexmaturity.survey;

import java.util.Locale;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a survey export is which question, and which columns describe the respondent. Read from a
 * YAML file ({@link MappingFile}) or inferred from the header row ({@link MappingInference}).
 *
 * <p>A column is named by its header text, or by the code the header begins with ("K05" matches
 * "K05 Tietojen luovuttaminen…"), so that a Finnish and a Swedish sheet of the same workbook can share one
 * mapping. Each column entry lists the headers it may have, one per sheet language.
 */
public record SurveyMapping(String surveyId, Map<String, String> title, Optional<LocalDate> issued,
                            List<String> sheets, Respondent respondent, List<Question> questions) {

    public SurveyMapping {
        title = Map.copyOf(title);
        sheets = List.copyOf(sheets);
        questions = List.copyOf(questions);
    }

    /** The respondent columns; {@code personal} holds contact details, which stay in the private graph. */
    public record Respondent(List<String> id, List<String> organisation, List<String> type, List<String> branch,
                             List<String> personal) {
        public Respondent {
            id = List.copyOf(id);
            organisation = List.copyOf(organisation);
            type = List.copyOf(type);
            branch = List.copyOf(branch);
            personal = List.copyOf(personal);
        }
    }

    public enum Kind {
        LIKERT, CHOICE, MULTI, TEXT, NUMBER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A choice option: its code (stored and published) and the labels a cell may hold. */
    public record Option(String code, Map<String, String> labels) {
        public Option {
            labels = Map.copyOf(labels);
        }
    }

    /**
     * One question. {@code min}/{@code max} bound a Likert or number scale; {@code options} list the allowed
     * choices (empty: any value is an option of its own); {@code theme} is a code of the theme scheme.
     */
    public record Question(String id, List<String> columns, Map<String, String> text, Kind kind, int min, int max,
                           List<Option> options, Optional<String> theme) {
        public Question {
            columns = List.copyOf(columns);
            text = Map.copyOf(text);
            options = List.copyOf(options);
        }
    }
}
