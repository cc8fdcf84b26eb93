package org.lexmaturity.ingest;

import static org.lexmaturity.ingest.RdfValues.lastSegment;
import static org.lexmaturity.ingest.RdfValues.literal;
import static org.lexmaturity.ingest.RdfValues.object;

import org.lexmaturity.kernel.ImportException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.Division;
import org.lexmaturity.statutes.Division.Kind;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.vocab.LXM;

/**
 * Reads acts described in ELI RDF (Turtle, JSON-LD or RDF/XML): each {@code eli:LegalResource} that is not part of
 * another becomes one {@link ActExpression} per {@code eli:LegalExpression} language. Subdivisions follow
 * {@code eli:has_part}; their text is {@code lxm:text}, their heading {@code lxm:heading}, both language-tagged.
 */
final class EliRdfReader {

    static List<ActExpression> read(byte[] content, Lang lang, String source) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(content)).lang(lang).base("urn:lexmaturity:import:")
                    .strict(false).parse(g);
        } catch (RiotException e) {
            throw new ImportException(source, "", "not valid " + lang.getName() + ": " + e.getMessage(), e);
        }
        List<Node> acts = g.find(Node.ANY, RDF.type.asNode(), ELI.LegalResource).mapWith(Triple::getSubject)
                .filterDrop(a -> g.contains(a, ELI.is_part_of, Node.ANY)).toList();
        if (acts.isEmpty()) {
            throw new ImportException(source, "", "no eli:LegalResource in this " + lang.getName() + " file");
        }
        List<ActExpression> out = new ArrayList<>();
        for (Node act : acts) {
            out.addAll(readAct(g, act, source));
        }
        return out;
    }

    private static List<ActExpression> readAct(Graph g, Node act, String source) {
        String where = "resource <" + act + ">";
        if (!act.isURI()) {
            throw new ImportException(source, "a blank node eli:LegalResource", "an act needs an IRI");
        }
        String local = literal(g, act, ELI.id_local).orElseThrow(() -> new ImportException(source, where, "no eli:id_local (e.g. \"13/2003\")"));
        ActNumber number;
        try {
            number = ActNumber.parseLocal(local);
        } catch (IllegalArgumentException e) {
            throw new ImportException(source, where + ", eli:id_local", e.getMessage());
        }
        String jurisdiction = object(g, act, ELI.jurisdiction).filter(Node::isURI).map(n -> countryIso2(lastSegment(n.getURI())))
                .orElseThrow(() -> new ImportException(source, where, "no eli:jurisdiction (e.g. <http://publications.europa.eu/resource/authority/country/FIN>)"));
        String type = object(g, act, ELI.type_document).filter(Node::isURI).map(n -> lastSegment(n.getURI())).orElse("other");
        Optional<LocalDate> date = literal(g, act, ELI.date_document).flatMap(RdfValues::date);
        Optional<LocalDate> published = literal(g, act, ELI.date_publication).flatMap(RdfValues::date);
        boolean demo = literal(g, act, LXM.demonstrationData).map("true"::equals).orElse(false);

        List<Node> expressions = new ArrayList<>(g.find(act, ELI.is_realized_by, Node.ANY).mapWith(Triple::getObject).toList());
        g.find(Node.ANY, ELI.realizes, act).mapWith(Triple::getSubject).forEach(e -> {
            if (!expressions.contains(e)) {
                expressions.add(e);
            }
        });
        if (expressions.isEmpty()) {
            throw new ImportException(source, where, "no eli:LegalExpression (eli:is_realized_by) with a language and title");
        }
        List<ActExpression> out = new ArrayList<>();
        for (Node expression : expressions) {
            String ewhere = "expression <" + expression + ">";
            String language = object(g, expression, ELI.language).filter(Node::isURI)
                    .map(n -> AknReader.iso2(lastSegment(n.getURI())))
                    .orElseThrow(() -> new ImportException(source, ewhere, "no eli:language"));
            String title = g.find(expression, ELI.title, Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).nextOptional().orElse("");
            List<Division> divisions = children(g, act, language, "");
            out.add(new ActExpression(jurisdiction, number, language, title, type, date, published, List.of(),
                    Optional.of(act.getURI()), expression.isURI() ? Optional.of(expression.getURI()) : Optional.empty(),
                    demo, "eli-rdf", source, divisions));
        }
        return out;
    }

    private static List<Division> children(Graph g, Node parent, String language, String prefix) {
        List<Node> parts = new ArrayList<>(g.find(parent, ELI.has_part, Node.ANY).mapWith(Triple::getObject).toList());
        g.find(Node.ANY, ELI.is_part_of, parent).mapWith(Triple::getSubject).forEach(p -> {
            if (!parts.contains(p)) {
                parts.add(p);
            }
        });
        parts.sort(Comparator.comparingInt((Node p) -> literal(g, p, LXM.ordinal).map(Integer::parseInt).orElse(Integer.MAX_VALUE))
                .thenComparing(p -> literal(g, p, ELI.number).orElse("")));
        List<Division> out = new ArrayList<>();
        for (Node part : parts) {
            String code = object(g, part, ELI.type_subdivision).filter(Node::isURI).map(n -> lastSegment(n.getURI())).orElse("ART");
            Kind kind = switch (code) {
                case "PRT", "PART" -> Kind.PART;
                case "CHP" -> Kind.CHAPTER;
                case "PAR" -> Kind.SUBSECTION;
                default -> Kind.SECTION;
            };
            String number = literal(g, part, ELI.number).orElse(String.valueOf(out.size() + 1));
            String eId = literal(g, part, LXM.eId).orElse(prefix + kind.iriSegment + "_" + number.replace(" ", ""));
            out.add(new Division(kind, number, text(g, part, LXM.heading, language), text(g, part, LXM.text, language),
                    eId, children(g, part, language, eId + "__")));
        }
        return out;
    }

    private static String text(Graph g, Node s, Node p, String language) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(language))
                .mapWith(Node::getLiteralLexicalForm).nextOptional().orElse("");
    }

    /** EU country table codes are ISO 3166 alpha-3 ("FIN"); we keep alpha-2 ("fi"). */
    static String countryIso2(String code) {
        if (code.length() == 2) {
            return code.toLowerCase(Locale.ROOT);
        }
        for (String iso2 : Locale.getISOCountries()) {
            if (new Locale("", iso2).getISO3Country().equalsIgnoreCase(code)) {
                return iso2.toLowerCase(Locale.ROOT);
            }
        }
        return code.toLowerCase(Locale.ROOT);
    }

    private EliRdfReader() {}
}
