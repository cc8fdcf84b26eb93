package org.lexmaturity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexmaturity.analysis.AnalysisDefinition;
import org.lexmaturity.analysis.AnalysisResult;
import org.lexmaturity.maturity.ActMaturity;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.vocab.Vocabulary;

/**
 * An act's maturity profile as a result the chart code draws as a radar: one row per dimension with the level that
 * counts. The act-profile report and the act page draw the same picture from it.
 */
public final class ProfileChart {
    private ProfileChart() {}

    public static AnalysisResult of(ActNumber number, ActMaturity m, String lang) {
        AnalysisDefinition radar = new AnalysisDefinition("act-maturity-profile", Formats.profileTitle(number), Map.of(), List.of(),
                List.of(new AnalysisDefinition.Column("dimension", Formats.dimensionHeader(), "string"),
                        new AnalysisDefinition.Column("level", Formats.levelHeader(), "integer")),
                new AnalysisDefinition.Chart("radar", "dimension", Optional.empty(), "level"), true, "");
        List<List<Object>> rows = new ArrayList<>();
        for (ActMaturity.Dimension d : m.dimensions()) {
            rows.add(List.of(Vocabulary.shipped().label(d.dimension(), lang), (long) d.level()));
        }
        return new AnalysisResult(radar, Map.of("act", number.local()), rows);
    }
}
