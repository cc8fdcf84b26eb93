package org.lexmaturity.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named analysis of the catalogue, read from the header of its {@code .rq} file: titles and descriptions per
 * language, typed parameters with defaults, the output columns and the chart that suits it.
 */
public record AnalysisDefinition(String id, Map<String, String> title, Map<String, String> description, List<Parameter> parameters,
                                 List<Column> columns, Chart chart, boolean publicData, String query) {

    /**
     * A parameter. {@code type}: string, integer, decimal, date, boolean, iri, or a scheme code such as
     * {@code concept:theme} (the value is a code of that SKOS scheme). {@code allowed}: the permitted values, if
     * the list is closed.
     */
    public record Parameter(String name, String type, Optional<String> defaultValue, List<String> allowed, Map<String, String> label) {}

    /**
     * An output column: the SPARQL variable, its label per language and its type (string, integer, decimal, date,
     * iri; concept: a SKOS concept shown by its label in the result's language; code: a concept's code).
     */
    public record Column(String name, Map<String, String> label, String type) {}

    /**
     * The preferred chart: {@code type} bar, stacked-bar, heatmap, line, radar, pie or none; {@code category} the
     * column along the axis, {@code series} the column that splits bars or lines (or none), {@code value} the
     * numeric column.
     */
    public record Chart(String type, String category, Optional<String> series, String value) {}

    public String title(String lang) {
        return title.getOrDefault(lang, title.getOrDefault("en", id));
    }
}
