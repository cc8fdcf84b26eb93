package org.lexmaturity.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the European Legislation Identifier ontology (ELI 1.5) that Lexmaturity writes or reads. */
public final class ELI {
    public static final String NS = "http://data.europa.eu/eli/ontology#";

    /** A work in the legislative domain: an act as a whole. */
    public static final Node LegalResource = uri("LegalResource");
    /** A temporal version of an act (original, consolidated as of a date) is a member of the act. */
    public static final Node has_member = uri("has_member");
    public static final Node is_member_of = uri("is_member_of");
    /** The kind of a temporal version (Semantic Finlex: sfl:Original, sfl:Consolidated). */
    public static final Node version = uri("version");
    public static final Node version_date = uri("version_date");
    public static final Node is_embodied_by = uri("is_embodied_by");
    /** A language version (realisation) of a legal resource. */
    public static final Node LegalExpression = uri("LegalExpression");
    /** A chapter, section (§), subsection or point of an act. */
    public static final Node LegalResourceSubdivision = uri("LegalResourceSubdivision");

    /** The act's number in its jurisdiction's own form, e.g. "434/2003". */
    public static final Node id_local = uri("id_local");
    /** Title of a language expression. */
    public static final Node title = uri("title");
    /** Date the act was adopted or signed. */
    public static final Node date_document = uri("date_document");
    /** Date the act was published. */
    public static final Node date_publication = uri("date_publication");
    /** Country whose law this is (EU country authority table). */
    public static final Node jurisdiction = uri("jurisdiction");
    /** Kind of act: law, decree, decision. */
    public static final Node type_document = uri("type_document");
    /** Kind of subdivision: chapter, article (§), paragraph (subsection), point. */
    public static final Node type_subdivision = uri("type_subdivision");
    /** The number of a work or subdivision as printed, without its unit ("9", "4 a"). */
    public static final Node number = uri("number");
    /** The ministry responsible for the act. */
    public static final Node responsibility_of = uri("responsibility_of");
    /** Whether the act is in force. */
    public static final Node in_force = uri("in_force");
    /** Parent to child in the act's structure. */
    public static final Node has_part = uri("has_part");
    /** Child to parent in the act's structure. */
    public static final Node is_part_of = uri("is_part_of");
    /** Act to its language expressions. */
    public static final Node is_realized_by = uri("is_realized_by");
    /** Language expression to its act. */
    public static final Node realizes = uri("realizes");
    /** Language of an expression (EU language authority table). */
    public static final Node language = uri("language");
    /** An act amends, repeals or otherwise changes another. */
    public static final Node changes = uri("changes");
    /** The inverse of {@link #changes}. */
    public static final Node changed_by = uri("changed_by");

    private static Node uri(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private ELI() {}
}
