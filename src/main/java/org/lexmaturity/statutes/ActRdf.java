package org.lexmaturity.statutes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.vocab.LXM;

/**
 * Turns one language version of an act into ELI RDF. Language-neutral facts (structure, number, dates) are the
 * same whichever version is read; texts, headings and titles carry the version's language tag, so the Finnish
 * and Swedish versions of an act merge into one resource.
 */
public final class ActRdf {
    private static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";
    private static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
    private static final String EU_SUBDIVISION = "http://publications.europa.eu/resource/authority/subdivision/";

    private final String baseIri;
    private final Ministries ministries;

    public ActRdf(String baseIri, Ministries ministries) {
        this.baseIri = baseIri;
        this.ministries = ministries;
    }

    /** The act's IRI: the publisher's ELI where the source gives one, else one minted under our base IRI. */
    public Node actIri(ActExpression e) {
        return NodeFactory.createURI(e.workIri().orElseGet(() ->
                baseIri + "id/act/" + e.jurisdiction() + "/" + e.number().year() + "/" + e.number().number()));
    }

    public Graph toGraph(ActExpression e) {
        Graph g = GraphFactory.createDefaultGraph();
        Node act = actIri(e);
        String lang = e.language();
        Node expression = NodeFactory.createURI(e.expressionIri().orElse(act.getURI() + "/" + iso3(lang)));

        g.add(act, RDF.type.asNode(), ELI.LegalResource);
        g.add(act, ELI.id_local, NodeFactory.createLiteralString(e.number().local()));
        g.add(act, ELI.number, NodeFactory.createLiteralString(e.number().number()));
        g.add(act, ELI.jurisdiction, NodeFactory.createURI(EU_COUNTRY + new Locale("", e.jurisdiction()).getISO3Country()));
        g.add(act, ELI.type_document, LXM.concept("act-type", e.actType()));
        e.dateIssued().ifPresent(d -> g.add(act, ELI.date_document, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        e.datePublished().ifPresent(d -> g.add(act, ELI.date_publication, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        ministries.responsibleFor(e.signerRoles()).ifPresent(m -> g.add(act, ELI.responsibility_of, m));
        if (e.demonstration()) {
            g.add(act, LXM.demonstrationData, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        g.add(act, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.number().local() + " " + e.title(), lang));
        g.add(act, ELI.is_realized_by, expression);
        // the temporal version the text is of: the original, or consolidated as of a date (ELI's version level)
        Node version = NodeFactory.createURI(act.getURI() + "/" + e.version().path());
        g.add(act, ELI.has_member, version);
        g.add(version, ELI.is_member_of, act);
        g.add(version, ELI.is_realized_by, expression);
        e.version().date().ifPresent(d -> g.add(version, ELI.version_date, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));

        g.add(expression, RDF.type.asNode(), ELI.LegalExpression);
        g.add(expression, ELI.realizes, act);
        g.add(expression, ELI.language, NodeFactory.createURI(EU_LANGUAGE + iso3(lang).toUpperCase(Locale.ROOT)));
        if (!e.title().isEmpty()) {
            g.add(expression, ELI.title, NodeFactory.createLiteralLang(e.title(), lang));
        }
        g.add(expression, LXM.sourceFormat, NodeFactory.createLiteralString(e.format()));
        g.add(expression, LXM.sourceFile, NodeFactory.createLiteralString(e.sourceName()));

        addParts(g, act, act.getURI(), e.divisions(), lang);
        return g;
    }

    /**
     * Adds the subdivisions under {@code parent}. IRIs are built as Semantic Finlex builds them, from numbers only and
     * so the same in every language: {@code luku/2a/pykala/8a/momentti/1}; a part is {@code osa/1} (its Roman
     * numeral as a number), and the provisions in parts hang directly under the act unless their numbers start again
     * in each part, as Semantic Finlex does.
     *
     * @param iriBase the IRI the children's paths start from: the parent's own, or the act's when the parent is a
     *                part whose children are numbered through the whole act
     */
    private void addParts(Graph g, Node parent, String iriBase, List<Division> parts, String lang) {
        Set<String> used = new HashSet<>();
        boolean partsAreTransparent = numberedThroughout(parts);
        int ordinal = 0;
        for (Division d : parts) {
            ordinal++;
            // a number printed twice among siblings (it happens in amending acts) must not merge two provisions
            String path = d.kind().iriSegment + "/" + segment(d, ordinal);
            if (!used.add(path)) {
                path = path + "-" + ordinal;
                used.add(path);
            }
            Node node = NodeFactory.createURI(iriBase + "/" + path);
            g.add(node, RDF.type.asNode(), ELI.LegalResourceSubdivision);
            g.add(node, ELI.type_subdivision, NodeFactory.createURI(EU_SUBDIVISION + d.kind().euCode));
            g.add(node, ELI.is_part_of, parent);
            g.add(parent, ELI.has_part, node);
            g.add(node, ELI.number, NodeFactory.createLiteralString(d.number().isEmpty() ? String.valueOf(ordinal) : d.number()));
            g.add(node, LXM.ordinal, NodeFactory.createLiteralDT(String.valueOf(ordinal), XSDDatatype.XSDinteger));
            g.add(node, LXM.eId, NodeFactory.createLiteralString(d.eId()));
            if (!d.heading().isEmpty()) {
                g.add(node, LXM.heading, NodeFactory.createLiteralLang(d.heading(), lang));
            }
            if (!d.text().isEmpty()) {
                g.add(node, LXM.text, NodeFactory.createLiteralLang(d.text(), lang));
            }
            boolean transparent = d.kind() == Division.Kind.PART && partsAreTransparent;
            addParts(g, node, transparent ? iriBase : node.getURI(), d.children(), lang);
        }
    }

    /**
     * Whether the parts among {@code siblings} can be left out of their provisions' IRIs: the chapters (or sections)
     * inside them are numbered through the whole act, so no two of them would get the same IRI.
     */
    static boolean numberedThroughout(List<Division> siblings) {
        Set<String> seen = new HashSet<>();
        for (Division part : siblings) {
            if (part.kind() != Division.Kind.PART) {
                continue;
            }
            for (Division child : part.children()) {
                if (!seen.add(child.kind().iriSegment + "/" + segment(child, 0))) {
                    return false;
                }
            }
        }
        for (Division other : siblings) {
            if (other.kind() != Division.Kind.PART && seen.contains(other.kind().iriSegment + "/" + segment(other, 0))) {
                return false;
            }
        }
        return true;
    }

    /** The number in an IRI: "8 a" → {@code 8a}; a part's Roman numeral as a number, "IV" → {@code 4}. */
    static String segment(Division d, int ordinal) {
        if (d.number().isEmpty()) {
            return String.valueOf(ordinal);
        }
        if (d.kind() == Division.Kind.PART) {
            // "I", "DEL I", "ENSIMMÄINEN", "FÖRSTA": the first word that is a number of some kind
            for (String word : d.number().split("[\\s\\u00A0]+")) {
                OptionalInt n = RomanNumerals.value(word).isPresent() ? RomanNumerals.value(word) : RomanNumerals.ordinal(word);
                if (n.isPresent()) {
                    return String.valueOf(n.getAsInt());
                }
            }
        }
        return d.number().replace(" ", "").toLowerCase(Locale.ROOT);
    }

    static String iso3(String iso2) {
        return Locale.forLanguageTag(iso2).getISO3Language();
    }
}
