package org.lexmaturity.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms we use of PROV-O, for who changed what when (Jena has no constants for them). */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Activity = NodeFactory.createURI(NS + "Activity");
    public static final Node Agent = NodeFactory.createURI(NS + "Agent");
    public static final Node generated = NodeFactory.createURI(NS + "generated");
    public static final Node wasGeneratedBy = NodeFactory.createURI(NS + "wasGeneratedBy");
    public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");
    public static final Node wasAssociatedWith = NodeFactory.createURI(NS + "wasAssociatedWith");
    public static final Node wasAttributedTo = NodeFactory.createURI(NS + "wasAttributedTo");
    public static final Node generatedAtTime = NodeFactory.createURI(NS + "generatedAtTime");
    public static final Node atTime = NodeFactory.createURI(NS + "atTime");
    public static final Node endedAtTime = NodeFactory.createURI(NS + "endedAtTime");

    private PROV() {}
}
