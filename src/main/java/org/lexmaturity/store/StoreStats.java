package org.lexmaturity.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.lexmaturity.kernel.JsonOutput;

/**
 * The counts that {@code stats} prints and {@code GET /health} returns.
 *
 * @param languages  language versions of acts per ISO 639-1 code
 * @param texts      provision texts per language: what imports stored, to set against what they read
 * @param actsByYear acts per year of their number
 * @param graphs     triples per named graph
 */
public record StoreStats(long acts, long provisions, Map<String, Long> languages, Map<String, Long> texts, Map<String, Long> actsByYear,
                         long surveys, long responses,
                         long answers, long barriers, long measures, long findings, long citationsResolved,
                         long citationsUnresolved, long triples, Map<String, Long> graphs) {

    public static StoreStats of(Store store) {
        return store.read(dsg -> {
            Sparql.Row counts = Sparql.select(dsg, "count-by-class").get(0);
            Map<String, Long> languages = new LinkedHashMap<>();
            for (Sparql.Row row : Sparql.select(dsg, "count-expressions-by-language")) {
                String iri = row.string("language");
                String iso3 = iri.substring(iri.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                languages.put(iso2(iso3), row.number("n"));
            }
            Map<String, Long> texts = new LinkedHashMap<>();
            for (Sparql.Row row : Sparql.select(dsg, "count-texts-by-language")) {
                texts.put(row.string("lang"), row.number("n"));
            }
            Map<String, Long> byYear = new LinkedHashMap<>();
            for (Sparql.Row row : Sparql.select(dsg, "count-acts-by-year")) {
                byYear.put(row.string("year"), row.number("n"));
            }
            Map<String, Long> graphs = new LinkedHashMap<>();
            long triples = 0;
            for (Sparql.Row row : Sparql.select(dsg, "count-triples-by-graph")) {
                graphs.put(row.string("graph"), row.number("n"));
                triples += row.number("n");
            }
            return new StoreStats(counts.number("acts"), counts.number("provisions"), languages, texts, byYear, counts.number("surveys"),
                    counts.number("responses"), counts.number("answers"), counts.number("barriers"), counts.number("measures"),
                    counts.number("findings"), counts.number("citationsResolved"), counts.number("citationsUnresolved"), triples, graphs);
        });
    }

    private static String iso2(String iso3) {
        for (String code : Locale.getISOLanguages()) {
            if (Locale.forLanguageTag(code).getISO3Language().equals(iso3)) {
                return code;
            }
        }
        return iso3;
    }

    /**
     * What anyone may see, as pretty-printed JSON: the counts of what the public graphs hold (acts, provisions,
     * languages, surveys, the register, findings) and the triples per public graph; nothing of the private graphs,
     * not even their names.
     */
    public String toPublicJson(List<Node> publicGraphs) {
        Map<String, Long> shown = new LinkedHashMap<>();
        publicGraphs.stream().map(Node::getURI).filter(graphs::containsKey).forEach(g -> shown.put(g, graphs.get(g)));
        return json(false, shown);
    }

    /** Every count, private graphs included, as pretty-printed JSON: for the command line and administrators. */
    public String toJson() {
        return json(true, graphs);
    }

    private String json(boolean all, Map<String, Long> perGraph) {
        return JsonOutput.text(JsonOutput.Layout.PRETTY, json -> {
            json.writeStartObject();
            json.writeNumberField("acts", acts);
            json.writeNumberField("provisions", provisions);
            writeCounts(json, "languages", languages);
            writeCounts(json, "texts", texts);
            writeCounts(json, "actsByYear", actsByYear);
            json.writeNumberField("surveys", surveys);
            if (all) {
                json.writeNumberField("responses", responses);
                json.writeNumberField("answers", answers);
            }
            json.writeNumberField("barriers", barriers);
            json.writeNumberField("measures", measures);
            json.writeNumberField("findings", findings);
            if (all) {
                json.writeObjectFieldStart("citations");
                json.writeNumberField("resolved", citationsResolved);
                json.writeNumberField("unresolved", citationsUnresolved);
                json.writeEndObject();
            }
            json.writeNumberField("triples", all ? triples : perGraph.values().stream().mapToLong(Long::longValue).sum());
            writeCounts(json, "graphs", perGraph);
            json.writeEndObject();
        });
    }

    private static void writeCounts(JsonGenerator json, String name, Map<String, Long> counts) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }
}
