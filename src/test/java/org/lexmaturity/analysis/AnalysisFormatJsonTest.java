package org.lexmaturity.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An analysis as JSON: parameters sorted, one column and one row per line, cells typed, labels in the language asked. */
class AnalysisFormatJsonTest {
    private static final AnalysisDefinition DEFINITION = new AnalysisDefinition("x-by-y", Map.of("en", "X by \"y\""), Map.of(), List.of(),
            List.of(new AnalysisDefinition.Column("theme", Map.of("en", "Theme", "fi", "Teema"), "concept"),
                    new AnalysisDefinition.Column("n", Map.of("en", "Count"), "integer"),
                    new AnalysisDefinition.Column("share", Map.of(), "decimal"),
                    new AnalysisDefinition.Column("day", Map.of("en", "Day"), "date")),
            null, true, "");

    private static String json(AnalysisResult result, String lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalysisFormat.JSON.write(result, lang, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneRowPerLine() {
        List<List<Object>> rows = List.of(Arrays.asList("a\tb", 3L, new BigDecimal("1E+3"), LocalDate.of(2024, 1, 2)),
                Arrays.asList(null, 5L, new BigDecimal("-12.50"), "ü€"));
        assertThat(json(new AnalysisResult(DEFINITION, Map.of("text", "kirj", "limit", "2", "language", "fi"), rows), "fi")).isEqualTo("""
                {
                  "analysis": "x-by-y",
                  "title": "X by \\"y\\"",
                  "language": "fi",
                  "parameters": {"language": "fi", "limit": "2", "text": "kirj"},
                  "columns": [
                    {"name": "theme", "label": "Teema", "type": "concept"},
                    {"name": "n", "label": "Count", "type": "integer"},
                    {"name": "share", "label": "share", "type": "decimal"},
                    {"name": "day", "label": "Day", "type": "date"}
                  ],
                  "rows": [
                    ["a\\tb", 3, 1000, "2024-01-02"],
                    [null, 5, -12.50, "ü€"]
                  ]
                }
                """);
    }

    @Test
    void noRowsIsAnEmptyList() {
        assertThat(json(new AnalysisResult(DEFINITION, Map.of(), List.of()), "sv")).contains("\"parameters\": {},\n").endsWith("  \"rows\": []\n}\n");
    }
}
