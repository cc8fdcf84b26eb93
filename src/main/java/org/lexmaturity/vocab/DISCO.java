package org.lexmaturity.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms we use of DDI-RDF Discovery, for survey questions (Jena has no constants for them). */
public final class DISCO {
    public static final String NS = "http://rdf-vocabulary.ddialliance.org/discovery#";

    public static final Node Question = NodeFactory.createURI(NS + "Question");
    public static final Node question = NodeFactory.createURI(NS + "question");
    public static final Node questionText = NodeFactory.createURI(NS + "questionText");
    public static final Node responseDomain = NodeFactory.createURI(NS + "responseDomain");

    private DISCO() {}
}
