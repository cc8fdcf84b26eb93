package org.lexmaturity.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Child-JVM entry point: Apache Jena Fuseki (embedded, as {@code FusekiMainCmd --tdb2 --loc DIR /ds} sets it up)
 * serving a TDB2 folder read-only at {@code /ds} on loopback. FusekiMainCmd itself cannot start on this class path:
 * its logging set-up needs log4j-core, and the project logs through Logback.
 * Arguments: PORT DIR.
 */
public final class FusekiOnCopy {
    private FusekiOnCopy() {}

    public static void main(String[] args) {
        Dataset ds = TDB2Factory.connectDataset(args[1]);
        FusekiServer server = FusekiServer.create().port(Integer.parseInt(args[0])).loopback(true).enablePing(true)
                .add("/ds", ds, false).build();
        server.start();
        server.join();
    }
}
