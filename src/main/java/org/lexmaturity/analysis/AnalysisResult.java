package org.lexmaturity.analysis;

import java.util.List;
import java.util.Map;

/**
 * The table an analysis returns: its columns and rows of plain Java values (String, Long, BigDecimal, LocalDate,
 * or a String IRI), in the order of the definition's columns. Charts, CSV, XLSX and reports all read this.
 */
public record AnalysisResult(AnalysisDefinition definition, Map<String, String> parameters, List<List<Object>> rows) {
    public AnalysisResult {
        parameters = Map.copyOf(parameters);
        rows = List.copyOf(rows);
    }

    public List<AnalysisDefinition.Column> columns() {
        return definition.columns();
    }

    public int column(String name) {
        for (int i = 0; i < columns().size(); i++) {
            if (columns().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("analysis " + definition.id() + " has no column " + name);
    }
}
