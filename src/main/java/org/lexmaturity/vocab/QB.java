package org.lexmaturity.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms we use of the W3C Data Cube vocabulary, for the published survey aggregates (Jena has no constants for them). */
public final class QB {
    public static final String NS = "http://purl.org/linked-data/cube#";

    public static final Node DataSet = NodeFactory.createURI(NS + "DataSet");
    public static final Node Observation = NodeFactory.createURI(NS + "Observation");
    public static final Node dataSet = NodeFactory.createURI(NS + "dataSet");
    public static final Node structure = NodeFactory.createURI(NS + "structure");

    private QB() {}
}
