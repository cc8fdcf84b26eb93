package org.lexmaturity.web;

import org.lexmaturity.web.opendata.SparqlRoutes;
import org.lexmaturity.web.http.UiText;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.Failures;
import org.lexmaturity.web.http.AllowedMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestData;
import org.lexmaturity.sparql.EndpointSettings;
import org.lexmaturity.sparql.PublicView;
import org.lexmaturity.sparql.ServiceDescription;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The W3C SPARQL 1.1 Protocol and Service Description test suites ({@code shared/testdata/sparql11}) against the
 * endpoint on a real HTTP server. The tests' data files are loaded into named graphs of a TDB2 store that this
 * server publishes besides the usual public graphs, since the protocol tests name them in default-graph-uri and
 * named-graph-uri. The endpoint is read-only: a test that needs an update to succeed is excluded (the update is
 * still checked to be refused with a 4xx), tests that expect an update to be refused run as they are.
 */
class W3cProtocolTest {
    private static final Logger LOG = LoggerFactory.getLogger(W3cProtocolTest.class);
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String HT = "http://www.w3.org/2011/http#";
    static final String CNT = "http://www.w3.org/2011/content#";
    static final String HTS = "http://www.w3.org/2011/http-statusCodes#";
    static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

    @TempDir
    static Path dir;
    static Store store;
    static Vertx vertx;
    static HttpServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final TreeMap<String, String> outcomes = new TreeMap<>();

    @BeforeAll
    static void start() throws Exception {
        Path protocol = TestData.path("sparql11/protocol/manifest.ttl");
        // the endpoint names itself under the base IRI, so the base is where it answers, as in a deployment
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        store = Store.open(new StoreConfig(dir.resolve("data"), "http://127.0.0.1:" + port + "/"));
        List<Node> published = new ArrayList<>(store.graphs().publicGraphs());
        Model manifest = RDFDataMgr.loadModel(protocol.toString());
        // every ut:graphData of the manifest: the file goes into the named graph its rdfs:label names
        manifest.listObjectsOfProperty(manifest.createProperty(UT + "graphData")).toSet().forEach(gd -> {
            Resource r = gd.asResource();
            String file = r.getPropertyResourceValue(manifest.createProperty(UT + "graph")).getURI();
            Node name = NodeFactory.createURI(r.getProperty(manifest.createProperty(RDFS + "label")).getString());
            Graph g = RDFDataMgr.loadGraph(file);
            if (!published.contains(name)) {
                published.add(name);
                store.writeAll(dsg -> g.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
            }
        });
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        new SparqlRoutes(store, new PublicView(published), EndpointSettings.defaults()).mount(router);
        router.route().failureHandler(new Failures(new Pages(
                io.vertx.ext.web.templ.thymeleaf.ThymeleafTemplateEngine.create(vertx), UiText.load()), new AllowedMethods(router))::handle);
        router.route().last().handler(ctx -> ctx.fail(404));
        server = vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        long passed = outcomes.values().stream().filter(v -> v.equals("pass")).count();
        LOG.info("W3C SPARQL 1.1 Protocol + Service Description: {} passed, {} excluded of {}", passed, outcomes.size() - passed, outcomes.size());
        outcomes.forEach((name, outcome) -> LOG.info("  {}: {}", name, outcome));
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        if (store != null) {
            store.close();
        }
    }

    // --- protocol -------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> protocol() {
        Path path = TestData.path("sparql11/protocol/manifest.ttl");
        Model m = RDFDataMgr.loadModel(path.toString());
        Resource manifest = m.listSubjectsWithProperty(m.createProperty(MF + "entries")).next();
        RDFList entries = manifest.getPropertyResourceValue(m.createProperty(MF + "entries")).as(RDFList.class);
        return entries.asJavaList().stream().map(RDFNode::asResource).map(test -> DynamicTest.dynamicTest(test.getLocalName(), () -> run(test)));
    }

    /** One protocol test: its requests in order, each checked against the response the suite expects. */
    private void run(Resource test) throws Exception {
        Model m = test.getModel();
        String name = test.getLocalName();
        Resource action = test.getPropertyResourceValue(m.createProperty(MF + "action"));
        List<RDFNode> requests = action.getPropertyResourceValue(m.createProperty(HT + "requests")).as(RDFList.class).asJavaList();
        for (RDFNode node : requests) {
            Resource req = node.asResource();
            Resource resp = req.getPropertyResourceValue(m.createProperty(HT + "resp"));
            Set<String> expected = resp.listProperties(m.createProperty(MF + "expectedStatus")).mapWith(s -> s.getResource().getLocalName()).toSet();
            HttpResponse<byte[]> r = send(req);
            if (isUpdate(req) && !expected.contains("StatusCode4xx")) {
                // a read-only endpoint cannot pass a test that needs an update to succeed; it must refuse it instead
                assertThat(r.statusCode()).as(name + ": the update is refused").isBetween(400, 499);
                outcomes.put("protocol/" + name, "excluded: needs a successful update; the read-only endpoint refuses it with " + r.statusCode());
                abort("Excluded: " + name + " needs SPARQL Update to succeed; the endpoint is read-only and answered " + r.statusCode());
            }
            String status = "StatusCode" + (r.statusCode() / 100) + "xx";
            assertThat(expected).as(name + ": status " + r.statusCode() + " (" + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).strip() + ")")
                    .contains(status);
            RDFNode format = resp.getProperty(m.createProperty(MF + "expectedFormat")) == null ? null
                    : resp.getProperty(m.createProperty(MF + "expectedFormat")).getObject();
            if (format != null) {
                checkFormat(name, format.asLiteral().getString(), r, resp.getProperty(m.createProperty(MF + "expectedBoolean")));
            }
        }
        outcomes.put("protocol/" + name, "pass");
    }

    private static void checkFormat(String name, String format, HttpResponse<byte[]> r, org.apache.jena.rdf.model.Statement expectedBoolean) {
        String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        switch (format) {
            case "boolean", "tabular" -> {
                Lang lang = RDFLanguages.contentTypeToLang(type);
                assertThat(lang).as(name + ": results media type " + type).isNotNull();
                SPARQLResult result = org.apache.jena.sparql.resultset.ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(r.body()));
                if (format.equals("boolean")) {
                    assertThat(result.isBoolean()).as(name + ": a boolean result").isTrue();
                    if (expectedBoolean != null) {
                        assertThat(result.getBooleanResult()).as(name).isEqualTo(expectedBoolean.getBoolean());
                    }
                } else {
                    assertThat(result.isResultSet()).as(name + ": a table of results").isTrue();
                }
            }
            case "RDF" -> {
                Lang lang = RDFLanguages.contentTypeToLang(type);
                assertThat(lang).as(name + ": RDF media type " + type).isNotNull();
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(g);
            }
            default -> throw new AssertionError(name + ": unknown expected format " + format);
        }
    }

    private static boolean isUpdate(Resource req) {
        String body = literal(req.getPropertyResourceValue(req.getModel().createProperty(HT + "body")), CNT + "chars");
        String path = literal(req, HT + "absolutePath");
        return contentType(req).startsWith("application/sparql-update") || path.contains("update=") || path.contains("using-graph-uri")
                || path.contains("using-named-graph-uri") || (body != null && body.startsWith("update="));
    }

    private static HttpResponse<byte[]> send(Resource req) throws Exception {
        Model m = req.getModel();
        // the suite's paths start with /sparql/, to be replaced by the endpoint's own path
        String path = literal(req, HT + "absolutePath").replaceFirst("^/sparql/", "/sparql");
        String method = literal(req, HT + "methodName");
        Resource bodyNode = req.getPropertyResourceValue(m.createProperty(HT + "body"));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (bodyNode != null) {
            String charset = literal(bodyNode, CNT + "characterEncoding");
            body = HttpRequest.BodyPublishers.ofByteArray(literal(bodyNode, CNT + "chars").getBytes(Charset.forName(charset == null ? "UTF-8" : charset)));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body);
        Resource headers = req.getPropertyResourceValue(m.createProperty(HT + "headers"));
        if (headers != null) {
            for (RDFNode h : headers.as(RDFList.class).asJavaList()) {
                b.header(literal(h.asResource(), HT + "fieldName"), literal(h.asResource(), HT + "fieldValue"));
            }
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String contentType(Resource req) {
        Resource headers = req.getPropertyResourceValue(req.getModel().createProperty(HT + "headers"));
        if (headers == null) {
            return "";
        }
        for (RDFNode h : headers.as(RDFList.class).asJavaList()) {
            if (literal(h.asResource(), HT + "fieldName").equalsIgnoreCase("content-type")) {
                return literal(h.asResource(), HT + "fieldValue").toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String literal(Resource r, String property) {
        if (r == null) {
            return null;
        }
        var s = r.getProperty(r.getModel().createProperty(property));
        return s == null ? null : s.getString();
    }

    // --- service description --------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> serviceDescription() {
        Path path = TestData.path("sparql11/service-description/manifest.ttl");
        Model m = RDFDataMgr.loadModel(path.toString());
        Resource manifest = m.listSubjectsWithProperty(m.createProperty(MF + "entries")).next();
        RDFList entries = manifest.getPropertyResourceValue(m.createProperty(MF + "entries")).as(RDFList.class);
        return entries.asJavaList().stream().map(RDFNode::asResource).map(test -> DynamicTest.dynamicTest(test.getLocalName(), () -> {
            String endpoint = "http://127.0.0.1:" + server.actualPort() + "/sparql";
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(endpoint)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            Lang lang = RDFLanguages.contentTypeToLang(r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim());
            assertThat(lang).as("an RDF media type").isNotNull();
            Model sd = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(sd);
            switch (test.getLocalName()) {
                case "returns-rdf" -> assertThat(sd.size()).isPositive();
                case "has-endpoint-triple" -> assertThat(sd.contains(null, sd.createProperty(ServiceDescription.SD + "endpoint"), sd.createResource(endpoint))).isTrue();
                case "conforms-to-schema" -> {
                    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(W3cProtocolTest.class.getResource("/endpoint/service-description-shapes.ttl").toString()));
                    ValidationReport report = ShaclValidator.get().validate(shapes, sd.getGraph());
                    assertThat(report.conforms()).as(() -> {
                        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                        org.apache.jena.shacl.lib.ShLib.printReport(out, report);
                        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
                    }).isTrue();
                    assertThat(sd.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, sd.createResource(ServiceDescription.SD + "Service")).toList()).hasSize(1);
                }
                default -> throw new AssertionError("unknown service description test " + test.getLocalName());
            }
            outcomes.put("service-description/" + test.getLocalName(), "pass");
        }));
    }
}
