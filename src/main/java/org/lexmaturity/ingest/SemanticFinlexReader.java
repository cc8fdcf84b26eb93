package org.lexmaturity.ingest;

import static org.lexmaturity.ingest.RdfValues.lastSegment;
import static org.lexmaturity.ingest.RdfValues.literal;
import static org.lexmaturity.ingest.RdfValues.object;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.Division;
import org.lexmaturity.statutes.Division.Kind;
import org.lexmaturity.vocab.ELI;

/**
 * Reads the publisher's own Linked Data: Semantic Finlex JSON-LD of one act ({@code data.finlex.fi/eli/sd/YYYY/N}, ELI
 * with Finlex's {@code sfl:} schema). The file holds one temporal version of the act in full ({@code /alkup}, the
 * original, or {@code /ajantasa/YYYYMMDD}, consolidated as of a date), a tree of version nodes each a member of the
 * provision it versions ({@code …/luku/1/pykala/1}); texts are {@code sfl:text}, headings {@code eli:title}, in Finnish.
 *
 * <p>Parts, chapters, sections and subsections become divisions; a subsection's introduction, items, sub-items and
 * closing paragraph make up its text, in their order, as the Finlex XML reader reads them. The enacting clause,
 * subheadings between sections and attachments are not provisions and are not read.
 */
final class SemanticFinlexReader {
    static final String SFL = "http://data.finlex.fi/schema/sfl/";
    private static final Node SFL_TEXT = NodeFactory.createURI(SFL + "text");
    private static final Node STATUTE_VERSION = NodeFactory.createURI(SFL + "StatuteVersion");
    private static final Node CONSOLIDATED = NodeFactory.createURI(SFL + "Consolidated");
    private static final Pattern SEGMENT = Pattern.compile("/(osa|luku|pykala|momentti|kohta|alakohta|johdanto|loppukappale)/([^/]+)$");
    /** Where a version node's type puts it; the types not listed are not provisions. */
    private static final Map<String, Kind> KINDS = Map.of("PartVersion", Kind.PART, "ChapterVersion", Kind.CHAPTER,
            "SectionVersion", Kind.SECTION, "SubsectionVersion", Kind.SUBSECTION);
    /** The pieces of a subsection's text. */
    private static final List<String> PIECES = List.of("PreambleVersion", "ParagraphVersion", "SubparagraphVersion", "FinalParagraphVersion");

    /** Whether a JSON-LD file is Semantic Finlex's: its context names the {@code sfl:} schema. */
    static boolean detects(String head) {
        return head.contains("http://data.finlex.fi/schema/sfl/");
    }

    static List<ActExpression> read(byte[] content, String source) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(content)).lang(Lang.JSONLD).base("urn:lexmaturity:import:").parse(g);
        } catch (RiotException e) {
            throw new ImportException(source, "", "not valid JSON-LD: " + e.getMessage(), e);
        }
        List<Node> versions = g.find(Node.ANY, RDF.type.asNode(), STATUTE_VERSION).mapWith(Triple::getSubject).toList();
        if (versions.isEmpty()) {
            throw new ImportException(source, "", "not a Semantic Finlex act: no sfl:StatuteVersion (a temporal version of an act) in the file");
        }
        List<ActExpression> out = new ArrayList<>();
        for (Node version : versions) {
            out.add(readVersion(g, version, source));
        }
        return out;
    }

    private static ActExpression readVersion(Graph g, Node version, String source) {
        String where = "resource <" + version + ">";
        Node act = object(g, version, ELI.is_member_of).filter(Node::isURI)
                .orElseThrow(() -> new ImportException(source, where, "the version is a member of no act (eli:is_member_of)"));
        String awhere = "resource <" + act + ">";
        String local = literal(g, act, ELI.id_local).orElseThrow(() -> new ImportException(source, awhere, "no eli:id_local (e.g. \"624/2006\")"));
        ActNumber number;
        try {
            number = ActNumber.parseLocal(local);
        } catch (IllegalArgumentException e) {
            throw new ImportException(source, awhere + ", eli:id_local", e.getMessage());
        }
        String work = FinlexXmlReader.FINLEX_ELI + number.year() + "/" + number.number();
        if (!act.getURI().equals(work)) {
            throw new ImportException(source, awhere, "the act's IRI does not agree with its number " + local + " (expected <" + work + ">)");
        }
        if (!version.getURI().startsWith(work + "/alkup") && !version.getURI().startsWith(work + "/ajantasa/")) {
            throw new ImportException(source, where, "a version's IRI is the act's followed by /alkup or /ajantasa/YYYYMMDD");
        }
        Optional<Node> expression = object(g, version, ELI.is_realized_by);
        String title = expression.flatMap(e -> literal(g, e, ELI.title)).orElse("");
        String type = object(g, act, ELI.type_document).filter(Node::isURI).map(n -> switch (lastSegment(n.getURI())) {
            case "Act" -> "act";
            case "Decree" -> "decree";
            case "Decision" -> "decision";
            default -> "other";
        }).orElse("other");
        Optional<LocalDate> date = literal(g, version, ELI.date_document).flatMap(RdfValues::date);
        Optional<LocalDate> published = literal(g, version, ELI.date_publication).flatMap(RdfValues::date);
        boolean consolidated = g.contains(version, ELI.version, CONSOLIDATED);
        Optional<LocalDate> versionDate = consolidated ? literal(g, version, ELI.version_date).flatMap(RdfValues::date) : date;
        List<Division> divisions = children(g, version, "", source);
        return new ActExpression("fi", number, "fi", title, type, date, published, List.of(), Optional.of(work),
                Optional.of(expression.filter(Node::isURI).map(Node::getURI).orElse(version.getURI() + "/fin")),
                false, "semantic-finlex", source, divisions,
                new ActExpression.Version(version.getURI().substring(work.length() + 1), versionDate));
    }

    private static List<Division> children(Graph g, Node parent, String prefix, String source) {
        List<Division> out = new ArrayList<>();
        for (Node child : ordered(g, parent)) {
            String typeName = typeName(g, child);
            Kind kind = KINDS.get(typeName);
            if (kind == null) {
                continue; // the enacting clause, subheadings, attachments: not provisions
            }
            String member = object(g, child, ELI.is_member_of).filter(Node::isURI).map(Node::getURI)
                    .orElseThrow(() -> new ImportException(source, "resource <" + child + ">", "a provision's version names no provision (eli:is_member_of)"));
            String number = printed(kind, segmentOf(member).orElse(String.valueOf(out.size() + 1)));
            String eId = prefix + switch (kind) {
                case PART -> "part_";
                case CHAPTER -> "chp_";
                case SECTION -> "sec_";
                case SUBSECTION -> "subsec_";
            } + number.replace(" ", "");
            String heading = object(g, child, ELI.is_realized_by).flatMap(e -> literal(g, e, ELI.title)).orElse("");
            String text = kind == Kind.SUBSECTION || kind == Kind.SECTION ? text(g, child) : "";
            out.add(new Division(kind, number, heading, text, eId, children(g, child, eId + "__", source)));
        }
        return out;
    }

    /** A node's own text followed by its pieces' (introduction, items, sub-items, closing paragraph), in order. */
    private static String text(Graph g, Node node) {
        List<String> lines = new ArrayList<>();
        ownText(g, node).ifPresent(lines::add);
        for (Node piece : ordered(g, node)) {
            if (PIECES.contains(typeName(g, piece))) {
                String t = text(g, piece);
                if (!t.isEmpty()) {
                    lines.add(t);
                }
            }
        }
        return String.join("\n", lines);
    }

    private static Optional<String> ownText(Graph g, Node node) {
        return object(g, node, ELI.is_realized_by).flatMap(e -> object(g, e, ELI.is_embodied_by))
                .flatMap(f -> literal(g, f, SFL_TEXT)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The parts of a node in the order of their numbers ("8" before "8a" before "9"); preambles before items. */
    private static List<Node> ordered(Graph g, Node parent) {
        List<Node> parts = new ArrayList<>(g.find(parent, ELI.has_part, Node.ANY).mapWith(Triple::getObject).toList());
        parts.sort(Comparator.comparing((Node p) -> !"PreambleVersion".equals(typeName(g, p)))
                .thenComparing((Node p) -> "FinalParagraphVersion".equals(typeName(g, p)))
                .thenComparing(p -> sortKey(object(g, p, ELI.is_member_of).map(Node::toString).orElse(p.toString()))));
        return parts;
    }

    /** "…/pykala/8a" → "00008a": numbers compare as numbers, a letter after them next. */
    private static String sortKey(String iri) {
        Matcher m = Pattern.compile("(\\d+)([a-z]*)$").matcher(iri);
        return m.find() ? String.format("%06d%s", Integer.parseInt(m.group(1)), m.group(2)) : iri;
    }

    private static Optional<String> segmentOf(String iri) {
        Matcher m = SEGMENT.matcher(iri);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** The number as the statute prints it: "8a" → "8 a"; a part's number as a Roman numeral, as Finlex prints parts. */
    static String printed(Kind kind, String segment) {
        if (kind == Kind.PART && segment.matches("\\d{1,3}")) {
            return roman(Integer.parseInt(segment));
        }
        return segment.replaceAll("^(\\d+)([a-z]+)$", "$1 $2");
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                s.append(digits[i]);
                rest -= values[i];
            }
        }
        return s.toString();
    }

    private static String typeName(Graph g, Node n) {
        return g.find(n, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                .mapWith(t -> t.getURI().startsWith(SFL) ? t.getURI().substring(SFL.length()) : "").nextOptional().orElse("");
    }

    private SemanticFinlexReader() {}
}
