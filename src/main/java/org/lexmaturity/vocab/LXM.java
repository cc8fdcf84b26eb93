package org.lexmaturity.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the Lexmaturity vocabulary ({@code ontology/lexmaturity.ttl}) that the code writes or reads. */
public final class LXM {
    public static final String NS = "https://w3id.org/lexmaturity/ns#";
    /** Base of the SKOS schemes in {@code ontology/schemes.ttl}: {@code NS_SCHEMES + "act-type/act"}. */
    public static final String NS_SCHEMES = "https://w3id.org/lexmaturity/ns/";

    /** Text of a provision in one language (language-tagged literal; the full-text index covers it). */
    public static final Node text = uri("text");
    /** Heading of a chapter or section in one language. */
    public static final Node heading = uri("heading");
    /** Position among siblings, for sorting. */
    public static final Node ordinal = uri("ordinal");
    /** The Akoma Ntoso eId of a subdivision, the same in every language version. */
    public static final Node eId = uri("eId");
    /** Marks fictional demonstration data. */
    public static final Node demonstrationData = uri("demonstrationData");
    /** The format an expression was imported from: akn, finlex-xml, eli-rdf. */
    public static final Node sourceFormat = uri("sourceFormat");
    /** The file an expression was imported from (name only, never a path of the importing machine). */
    public static final Node sourceFile = uri("sourceFile");
    /** Title of the minister heading a ministry, used to find the ministry responsible for an act. */
    public static final Node ministerTitle = uri("ministerTitle");

    /** A short name by which an act is cited in running text ("hallintolaki"@fi, "förvaltningslagen"@sv). */
    public static final Node shortName = uri("shortName");
    /** A case-sensitive abbreviation by which an act is cited ("HL"@fi). */
    public static final Node abbreviation = uri("abbreviation");
    /** The number a citation gives for its act, "434/2003", kept even when the act is not in the store. */
    public static final Node citedActNumber = uri("citedActNumber");
    /** The chapter label a citation names, "8 b". */
    public static final Node citedChapter = uri("citedChapter");
    /** The section label a citation names, "53 e". */
    public static final Node citedSection = uri("citedSection");

    /** Classes counted by {@code stats}; filled by later features. */
    public static final Node Barrier = uri("Barrier");
    public static final Node Measure = uri("Measure");
    public static final Node Finding = uri("Finding");
    public static final Node Survey = uri("Survey");

    public static Node concept(String scheme, String code) {
        return NodeFactory.createURI(NS_SCHEMES + scheme + "/" + code);
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private LXM() {}
}
