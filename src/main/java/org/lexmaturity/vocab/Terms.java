package org.lexmaturity.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the standard vocabularies we reuse that Jena has no constants for: DDI-RDF Discovery, Data Cube, PROV-O. */
public final class Terms {
    public static final String DISCO = "http://rdf-vocabulary.ddialliance.org/discovery#";
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    public static final Node disco_Question = NodeFactory.createURI(DISCO + "Question");
    public static final Node disco_question = NodeFactory.createURI(DISCO + "question");
    public static final Node disco_questionText = NodeFactory.createURI(DISCO + "questionText");
    public static final Node disco_responseDomain = NodeFactory.createURI(DISCO + "responseDomain");

    public static final Node qb_DataSet = NodeFactory.createURI(QB + "DataSet");
    public static final Node qb_Observation = NodeFactory.createURI(QB + "Observation");
    public static final Node qb_dataSet = NodeFactory.createURI(QB + "dataSet");
    public static final Node qb_structure = NodeFactory.createURI(QB + "structure");

    public static final Node prov_Activity = NodeFactory.createURI(PROV + "Activity");
    public static final Node prov_Agent = NodeFactory.createURI(PROV + "Agent");
    public static final Node prov_generated = NodeFactory.createURI(PROV + "generated");
    public static final Node prov_wasGeneratedBy = NodeFactory.createURI(PROV + "wasGeneratedBy");
    public static final Node prov_wasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node prov_wasAssociatedWith = NodeFactory.createURI(PROV + "wasAssociatedWith");
    public static final Node prov_wasAttributedTo = NodeFactory.createURI(PROV + "wasAttributedTo");
    public static final Node prov_generatedAtTime = NodeFactory.createURI(PROV + "generatedAtTime");
    public static final Node prov_atTime = NodeFactory.createURI(PROV + "atTime");
    public static final Node prov_endedAtTime = NodeFactory.createURI(PROV + "endedAtTime");

    private Terms() {}
}
