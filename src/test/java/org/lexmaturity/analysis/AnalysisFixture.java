package org.lexmaturity.analysis;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.TestStores;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.vocab.LXM;

/**
 * A store with the demo data set (30 acts, the 120-respondent survey, 56 barriers, 20 measures) and a handful of
 * screening findings and automatic maturity assessments of the shapes the screening feature writes.
 */
final class AnalysisFixture {
    static final String BASE = StoreConfig.DEFAULT_BASE_IRI;
    static final Node ACT_1 = NodeFactory.createURI(BASE + "id/act/fi/2016/9001");
    static final Node ACT_2 = NodeFactory.createURI(BASE + "id/act/fi/2017/9002");
    static final Node PROVISION_1 = NodeFactory.createURI(BASE + "id/act/fi/2016/9001/luku/2/pykala/3");
    static final Node WRITTEN = LXM.concept("indicator", "test-written-form");
    static final Node SIGNATURE = LXM.concept("indicator", "test-signature");
    static final Node EX_OFFICIO = LXM.concept("indicator", "test-ex-officio");
    static final Node COMMUNICATION = LXM.concept("dimension", "digital-communication");
    static final Node PROACTIVITY = LXM.concept("dimension", "proactivity");

    private AnalysisFixture() {}

    /** Opens a store in {@code dir} with the demo data and the screening triples. */
    static Store open(Path dir) {
        Store store = TestStores.open(dir, BASE);
        Ontology.install(store);
        DemoData.loadIntoEmpty(store, s -> { });
        // the demo is screened at load; these tests put in a small screening of their own whose counts they know
        store.writeAll(dsg -> dsg.getGraph(NodeFactory.createURI(BASE + "graph/screening")).clear());
        store.writeAll(AnalysisFixture::screening);
        return store;
    }

    /** Creates the data folder and closes the store again, for the command line to open. */
    static void create(Path dir) {
        open(dir).close();
    }

    private static void screening(DatasetGraph dsg) {
        Node screening = NodeFactory.createURI(BASE + "graph/screening");
        Node ontology = NodeFactory.createURI(BASE + "graph/ontology");
        dsg.add(ontology, WRITTEN, LXM.term("polarity"), NodeFactory.createLiteralString("barrier"));
        dsg.add(ontology, SIGNATURE, LXM.term("polarity"), NodeFactory.createLiteralString("barrier"));
        dsg.add(ontology, EX_OFFICIO, LXM.term("polarity"), NodeFactory.createLiteralString("enabler"));
        // 9001/2016: written form found in Finnish and Swedish (two findings, one provision–indicator pair), a
        // handwritten signature, an enabler; and an old rule version's finding that no analysis may count
        finding(dsg, screening, "f1", PROVISION_1, WRITTEN, COMMUNICATION, "fi", "2026.1");
        finding(dsg, screening, "f2", PROVISION_1, WRITTEN, COMMUNICATION, "sv", "2026.1");
        finding(dsg, screening, "f3", PROVISION_1, SIGNATURE, COMMUNICATION, "fi", "2026.1");
        finding(dsg, screening, "f4", PROVISION_1, EX_OFFICIO, PROACTIVITY, "fi", "2026.1");
        finding(dsg, screening, "f0", PROVISION_1, SIGNATURE, COMMUNICATION, "fi", "2025.9");

        assessment(dsg, screening, "m1", ACT_1, "2026.1", 1, 0, 3);
        assessment(dsg, screening, "m2", ACT_2, "2026.1", 2, 2, 3);
        assessment(dsg, screening, "m0", ACT_2, "2025.9", 4, 4, 4);
    }

    /** A finding of a provision of {@code ACT_1}, the only act the fixture's findings concern. */
    private static void finding(DatasetGraph dsg, Node g, String id, Node provision, Node indicator, Node dimension, String lang, String version) {
        Node f = NodeFactory.createURI(BASE + "id/finding/" + id);
        dsg.add(g, f, RDF.type.asNode(), LXM.Finding);
        dsg.add(g, f, LXM.concernsProvision, provision);
        dsg.add(g, f, LXM.concernsAct, ACT_1);
        dsg.add(g, f, LXM.term("indicator"), indicator);
        dsg.add(g, f, LXM.term("dimension"), dimension);
        dsg.add(g, f, DCTerms.language.asNode(), NodeFactory.createLiteralString(lang));
        dsg.add(g, f, LXM.term("matchedText"), NodeFactory.createLiteralString("kirjallisesti"));
        dsg.add(g, f, LXM.term("ruleVersion"), NodeFactory.createLiteralString(version));
    }

    private static void assessment(DatasetGraph dsg, Node g, String id, Node act, String version, int overall, int communication, int proactivity) {
        Node m = NodeFactory.createURI(BASE + "id/assessment/" + id);
        dsg.add(g, m, RDF.type.asNode(), LXM.term("MaturityAssessment"));
        dsg.add(g, m, LXM.term("method"), NodeFactory.createLiteralString("automatic"));
        dsg.add(g, m, LXM.concernsProvision, act);
        dsg.add(g, m, LXM.term("ruleVersion"), NodeFactory.createLiteralString(version));
        dsg.add(g, m, LXM.term("level"), integer(overall));
        dimension(dsg, g, m, id + "-d1", COMMUNICATION, communication);
        dimension(dsg, g, m, id + "-d5", PROACTIVITY, proactivity);
    }

    private static void dimension(DatasetGraph dsg, Node g, Node m, String id, Node dimension, int level) {
        Node ds = NodeFactory.createURI(BASE + "id/assessment/" + id);
        dsg.add(g, m, LXM.term("dimensionScore"), ds);
        dsg.add(g, ds, LXM.term("dimension"), dimension);
        dsg.add(g, ds, LXM.term("score"), NodeFactory.createLiteralDT(level + ".25", XSDDatatype.XSDdecimal));
        dsg.add(g, ds, LXM.term("level"), integer(level));
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
