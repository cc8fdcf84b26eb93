package org.lexmaturity.ingest;

import org.lexmaturity.kernel.SafeXml;
import org.lexmaturity.kernel.ImportException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.lexmaturity.statutes.ActExpression;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a statute file in any format we know: Akoma Ntoso, Finlex statute XML, Semantic Finlex JSON-LD, ELI RDF (Turtle,
 * JSON-LD, RDF/XML).
 * The format is told from the content, never from the file name.
 */
public final class StatuteFormats {

    /**
     * Reads {@code source} as whatever format its content is in.
     *
     * @throws ImportException naming the file and place when the format is unknown or the content is broken
     */
    public static List<ActExpression> read(StatuteSource source) {
        String head = new String(source.content(), 0, Math.min(source.content().length, 4096), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        if (head.startsWith("<")) {
            Document doc = SafeXml.parse(source.content(), source.name());
            Element root = doc.getDocumentElement();
            String name = root.getLocalName();
            String ns = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
            if ("akomaNtoso".equals(name)) {
                return List.of(AknReader.read(doc, source.name()));
            }
            if (FinlexXmlReader.ROOT.equals(name)) {
                return List.of(FinlexXmlReader.read(doc, source.name()));
            }
            if ("RDF".equals(name) && ns.equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#")) {
                return EliRdfReader.read(source.content(), Lang.RDFXML, source.name());
            }
            throw new ImportException(source.name(), "line 1, root element <" + root.getTagName() + ">",
                    "unknown format: expected Akoma Ntoso (<akomaNtoso>), Finlex statute XML (<VahvistettavaLaki>) or RDF/XML");
        }
        Optional<Lang> rdf = rdfSyntax(head);
        if (rdf.isPresent() && rdf.get().equals(Lang.JSONLD) && SemanticFinlexReader.detects(head)) {
            return SemanticFinlexReader.read(source.content(), source.name());
        }
        if (rdf.isPresent()) {
            return EliRdfReader.read(source.content(), rdf.get(), source.name());
        }
        throw new ImportException(source.name(), "line 1",
                "unknown format: not Akoma Ntoso, Finlex statute XML or ELI RDF (Turtle, JSON-LD, RDF/XML)");
    }

    private static Optional<Lang> rdfSyntax(String head) {
        if (head.startsWith("{") || head.startsWith("[")) {
            return Optional.of(Lang.JSONLD);
        }
        for (String line : head.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("@prefix") || l.startsWith("@base") || l.regionMatches(true, 0, "PREFIX", 0, 6)
                    || l.regionMatches(true, 0, "BASE", 0, 4) || l.startsWith("<http")) {
                return Optional.of(Lang.TURTLE);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private StatuteFormats() {}
}
