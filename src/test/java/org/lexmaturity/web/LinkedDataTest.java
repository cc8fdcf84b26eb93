package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;

/** Dereferenceable IRIs, the vocabulary at /ns and the dumps and dataset description at /data, on a real server. */
class LinkedDataTest {
    static final String BASE = StoreConfig.DEFAULT_BASE_IRI;
    static final Node BARRIER = NodeFactory.createURI(BASE + "id/barrier/B-001");
    static final Node PRIVATE = NodeFactory.createURI(BASE + "graph/surveys/private");

    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        store = Store.open(new StoreConfig(dir.resolve("data"), BASE));
        Ontology.install(store);
        Fixtures.load(store, "/endpoint/endpoint-fixture.trig");
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static Graph graph(HttpResponse<byte[]> r, Lang lang) {
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(g);
        return g;
    }

    @Test
    void anIdAnswers303ToItsDocument() throws Exception {
        HttpResponse<byte[]> r = get("/id/barrier/B-001", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/doc/barrier/B-001");
        assertThat(get("/id/survey/s1/question/k01", null).headers().firstValue("Location")).contains("/doc/survey/s1/question/k01");
    }

    @Test
    void theDocumentSpeaksEachRdfFormatWithPublicTriplesOnly() throws Exception {
        for (Object[] f : new Object[][] {{"text/turtle", Lang.TURTLE}, {"application/ld+json", Lang.JSONLD}, {"application/n-triples", Lang.NTRIPLES},
                {"application/rdf+xml", Lang.RDFXML}}) {
            HttpResponse<byte[]> r = get("/doc/barrier/B-001", (String) f[0]);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith((String) f[0]);
            assertThat(r.headers().allValues("Vary")).contains("Accept");
            Graph g = graph(r, (Lang) f[1]);
            assertThat(g.contains(BARRIER, RDF.Nodes.type, NodeFactory.createURI("https://w3id.org/lexmaturity/ns#Barrier"))).isTrue();
            assertThat(g.size()).as((String) f[0]).isEqualTo(7);
            assertThat(text(r)).doesNotContain("SECRET");
        }
        for (String[] f : new String[][] {{"ttl", "text/turtle"}, {"jsonld", "application/ld+json"}, {"nt", "application/n-triples"}, {"rdf", "application/rdf+xml"}}) {
            assertThat(get("/doc/barrier/B-001?format=" + f[0], "text/html").headers().firstValue("Content-Type").orElse("")).startsWith(f[1]);
        }
        assertThat(get("/doc/barrier/B-001", "image/png").statusCode()).isEqualTo(406);
        assertThat(get("/doc/barrier/B-001?format=pdf", null).statusCode()).isEqualTo(400);
    }

    @Test
    void theHtmlPageShowsLabelsAndLinksToOurIris() throws Exception {
        HttpResponse<byte[]> r = get("/doc/barrier/B-001", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String html = text(r);
        assertThat(html).contains("<h1>Written application</h1>").contains("<th scope=\"row\">")
                .contains("href=\"/id/measure/M-001\"").contains(">Electronic service</a>")
                .contains("Barrier to digitalisation") // the class's label from the ontology graph
                .contains("lang=\"fi\">Kirjallinen hakemus").doesNotContain("SECRET");
        String fi = text(get("/doc/barrier/B-001?lang=fi", "text/html"));
        assertThat(fi).contains("<h1>Kirjallinen hakemus</h1>").contains("<html lang=\"fi\"");
    }

    @Test
    void unknownAndPrivateOnlyResourcesAre404() throws Exception {
        assertThat(get("/doc/barrier/B-999", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("/doc/barrier/B-999", "text/html").statusCode()).isEqualTo(404);
        // the response exists, but only in the private graph
        boolean inStore = store.read(dsg -> dsg.contains(PRIVATE, NodeFactory.createURI(BASE + "id/survey/s1/response/r1"), Node.ANY, Node.ANY));
        assertThat(inStore).isTrue();
        HttpResponse<byte[]> r = get("/doc/survey/s1/response/r1", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(text(r)).doesNotContain("SECRET");
    }

    @Test
    void theVocabularyIsServedAtNsWithLabelsInThreeLanguages() throws Exception {
        Graph ttl = graph(get("/ns", "text/turtle"), Lang.TURTLE);
        Node barrier = NodeFactory.createURI("https://w3id.org/lexmaturity/ns#Barrier");
        assertThat(ttl.contains(barrier, RDF.Nodes.type, NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class"))).isTrue();
        assertThat(ttl.contains(barrier, org.apache.jena.vocabulary.RDFS.Nodes.label, NodeFactory.createLiteralLang("Hinder för digitalisering", "sv"))).isTrue();
        assertThat(graph(get("/ns.jsonld", null), Lang.JSONLD).isIsomorphicWith(ttl)).isTrue();
        assertThat(graph(get("/ns.nt", null), Lang.NTRIPLES).isIsomorphicWith(ttl)).isTrue();
        assertThat(graph(get("/ns.ttl", null), Lang.TURTLE).isIsomorphicWith(ttl)).isTrue();
        String html = text(get("/ns", "text/html"));
        assertThat(html).contains("<h2 id=\"class\">Classes</h2>").contains("<h2 id=\"property\">Properties</h2>")
                .contains("lxm:Barrier").contains("Digitalisaation este").contains("Hinder för digitalisering").contains("Barrier to digitalisation");
        assertThat(text(get("/ns.html", null))).contains("lxm:Measure");
    }

    @Test
    void dumpsParseAndHoldNoPrivateTriples() throws Exception {
        HttpResponse<byte[]> trig = get("/data/lexmaturity-public.trig", null);
        assertThat(trig.statusCode()).isEqualTo(200);
        assertThat(trig.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"lexmaturity-public.trig\"");
        DatasetGraph fromTrig = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(trig.body())).lang(Lang.TRIG).parse(fromTrig);
        HttpResponse<byte[]> nq = get("/data/lexmaturity-public.nq.gz", null);
        assertThat(nq.headers().firstValue("Content-Type")).contains("application/gzip");
        assertThat(nq.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"lexmaturity-public.nq.gz\"");
        DatasetGraph fromNq = DatasetGraphFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(nq.body()))).lang(Lang.NQUADS).parse(fromNq);
        for (DatasetGraph d : new DatasetGraph[] {fromTrig, fromNq}) {
            assertThat(d.containsGraph(PRIVATE)).isFalse();
            assertThat(d.contains(NodeFactory.createURI(BASE + "graph/register"), BARRIER, RDF.Nodes.type, Node.ANY)).isTrue();
            assertThat(d.stream().toList()).noneMatch(q -> q.getObject().toString().contains("SECRET"));
            assertThat(d.getDefaultGraph().isEmpty()).isTrue();
        }
        long publicQuads = store.read(all -> store.graphs().publicGraphs().stream().mapToLong(g -> all.getGraph(g).size()).sum());
        assertThat((long) fromNq.stream().toList().size()).isEqualTo(publicQuads);
        assertThat((long) fromTrig.stream().toList().size()).isEqualTo(publicQuads);
    }

    @Test
    void theDatasetIsDescribedWithDcatAndVoid() throws Exception {
        Graph g = graph(get("/data", "text/turtle"), Lang.TURTLE);
        Node ds = NodeFactory.createURI(BASE + "data#dataset");
        String dcat = "http://www.w3.org/ns/dcat#";
        String voidNs = "http://rdfs.org/ns/void#";
        assertThat(g.contains(ds, RDF.Nodes.type, NodeFactory.createURI(dcat + "Dataset"))).isTrue();
        assertThat(g.contains(ds, NodeFactory.createURI(voidNs + "sparqlEndpoint"), NodeFactory.createURI(BASE + "sparql"))).isTrue();
        assertThat(g.contains(ds, NodeFactory.createURI(voidNs + "dataDump"), NodeFactory.createURI(BASE + "data/lexmaturity-public.nq.gz"))).isTrue();
        assertThat(g.contains(ds, NodeFactory.createURI("http://purl.org/dc/terms/license"), NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/"))).isTrue();
        assertThat(g.contains(ds, NodeFactory.createURI(voidNs + "vocabulary"), NodeFactory.createURI("https://w3id.org/lexmaturity/ns#"))).isTrue();
        assertThat(g.find(ds, NodeFactory.createURI(dcat + "distribution"), Node.ANY).toList()).hasSize(3);
        // triples per public graph: the register graph of the fixture holds 11 (7 about the barrier, 4 about the measure)
        Node sdName = NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#name");
        Node register = g.find(Node.ANY, sdName, NodeFactory.createURI(BASE + "graph/register")).next().getSubject();
        assertThat(g.find(register, NodeFactory.createURI(voidNs + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm()).isEqualTo("11");
        assertThat(g.contains(Node.ANY, sdName, PRIVATE)).isFalse();
        assertThat(graph(get("/data/void.jsonld", null), Lang.JSONLD).isIsomorphicWith(g)).isTrue();
        String html = text(get("/data", "text/html"));
        assertThat(html).contains("href=\"/data/lexmaturity-public.trig\"").contains("href=\"/data/lexmaturity-public.nq.gz\"")
                .contains(BASE + "graph/register").doesNotContain("surveys/private");
    }
}
