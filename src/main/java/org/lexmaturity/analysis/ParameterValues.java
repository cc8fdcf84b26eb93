package org.lexmaturity.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Checks the parameter values a user gave against an analysis's declared parameters and turns each into the RDF
 * term that is bound to {@code $name} in the parsed query. Every refusal is an {@link IllegalArgumentException}
 * naming the analysis, the parameter and what would have been accepted.
 */
final class ParameterValues {
    /** The default of a date parameter that means the date the analysis runs. */
    static final String TODAY = "today";

    private ParameterValues() {}

    /**
     * The effective values: the given ones (blank counts as absent) checked, then the defaults of the others
     * ({@code today} resolved to {@code today}). Parameters with neither stay absent, so the query sees them unbound.
     */
    static Map<String, String> resolve(AnalysisDefinition def, Map<String, String> given, LocalDate today) {
        for (String name : given.keySet()) {
            if (def.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                throw new IllegalArgumentException("analysis " + def.id() + " has no parameter '" + name + "'"
                        + (def.parameters().isEmpty() ? " (it takes none)"
                        : " (parameters: " + String.join(", ", def.parameters().stream().map(AnalysisDefinition.Parameter::name).toList()) + ")"));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (AnalysisDefinition.Parameter p : def.parameters()) {
            String v = given.get(p.name());
            if (v == null || v.isBlank()) {
                v = p.defaultValue().orElse(null);
                if (TODAY.equals(v) && p.type().equals("date")) {
                    v = today.toString();
                }
            }
            if (v != null) {
                v = v.strip();
                try {
                    Node n = node(p, v);
                    if (p.type().startsWith("concept:")) {
                        v = Vocabulary.code(n); // a label or notation was given: record what it meant
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("analysis " + def.id() + ", parameter '" + p.name() + "': " + e.getMessage(), e);
                }
                values.put(p.name(), v);
            }
        }
        return values;
    }

    /** The term for {@code value}; an {@link IllegalArgumentException} saying why when it does not fit the type. */
    static Node node(AnalysisDefinition.Parameter p, String value) {
        if (!p.allowed().isEmpty() && !p.allowed().contains(value)) {
            throw new IllegalArgumentException("'" + value + "' is not one of " + String.join(", ", p.allowed()));
        }
        String type = p.type();
        if (type.startsWith("concept:")) {
            String scheme = type.substring("concept:".length());
            return Vocabulary.shipped().find(scheme, value).orElseThrow(() -> new IllegalArgumentException(
                    "'" + value + "' is not a code of the " + scheme + " scheme (" + Vocabulary.shipped().codes(scheme) + ")"));
        }
        return switch (type) {
            case "string" -> NodeFactory.createLiteralString(value);
            case "integer" -> {
                try {
                    yield NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value)), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + value + "' is not a whole number");
                }
            }
            case "decimal" -> {
                try {
                    yield NodeFactory.createLiteralDT(new BigDecimal(value).toPlainString(), XSDDatatype.XSDdecimal);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + value + "' is not a number (write a decimal point: 1.5)");
                }
            }
            case "date" -> {
                try {
                    yield NodeFactory.createLiteralDT(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + value + "' is not a date YYYY-MM-DD");
                }
            }
            case "boolean" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("'" + value + "' is not true or false");
                }
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDboolean);
            }
            case "iri" -> {
                try {
                    IRIx iri = IRIx.create(value);
                    if (!iri.isAbsolute()) {
                        throw new IllegalArgumentException("'" + value + "' is not an absolute IRI");
                    }
                    yield NodeFactory.createURI(iri.str());
                } catch (IRIException e) {
                    throw new IllegalArgumentException("'" + value + "' is not an IRI: " + e.getMessage());
                }
            }
            default -> throw new IllegalStateException("unknown parameter type " + type);
        };
    }
}
