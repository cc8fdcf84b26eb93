package org.lexmaturity.web;

import java.io.InputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.lexmaturity.store.Store;

/** Loads TriG fixtures from the test class path into a store, in one write transaction. */
final class Fixtures {
    private Fixtures() {}

    static void load(Store store, String resource) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            RDFParser.source(in).lang(Lang.TRIG).parse(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        store.writeAll(dsg -> data.find().forEachRemaining(dsg::add));
    }
}
