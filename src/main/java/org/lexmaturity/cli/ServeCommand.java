package org.lexmaturity.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lexmaturity.sparql.EndpointSettings;
import org.lexmaturity.web.cluster.ClusterSettings;
import java.util.concurrent.CountDownLatch;
import org.lexmaturity.auth.Accounts;
import org.lexmaturity.auth.AuthSettings;
import org.lexmaturity.auth.FirstAdmin;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.screening.Morphologies;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code serve [--port N] [--host H] [--demo] [--cluster-members A:P,B:P ...]}: the web UI, the API and the health check, until the process is
 * stopped. A new store mints its IRIs under {@code http://localhost:PORT/} unless a base IRI is given, so links, the
 * VoID description and the service description name the address the server answers at.
 */
@Command(name = "serve", description = "Starts the web server on the embedded store.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, every network interface; 127.0.0.1 for this machine only)")
    String host;

    @Option(names = "--demo", description = "Load the demonstration data set into an empty store first")
    boolean demo;

    @Option(names = "--cluster-members", paramLabel = "HOST:PORT,...",
            description = "Run as one of several servers on one remote store: every server's cluster address, this one's included "
                    + "(or LEXMATURITY_CLUSTER_MEMBERS). Sessions, sign-in throttles and revocations are then shared.")
    String clusterMembers;

    @Option(names = "--cluster-host", paramLabel = "HOST",
            description = "This server's address as the other servers reach it (default: LEXMATURITY_CLUSTER_HOST, else 127.0.0.1)")
    String clusterHost;

    @Option(names = "--cluster-port", paramLabel = "N",
            description = "This server's cluster port (default: LEXMATURITY_CLUSTER_PORT, else 5701)")
    Integer clusterPort;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static boolean isEveryInterface(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** The options, else the environment; none when no members are named. */
    private Optional<ClusterSettings> cluster() {
        Map<String, String> env = new HashMap<>(System.getenv());
        if (clusterMembers != null) {
            env.put("LEXMATURITY_CLUSTER_MEMBERS", clusterMembers);
        }
        if (clusterHost != null) {
            env.put("LEXMATURITY_CLUSTER_HOST", clusterHost);
        }
        if (clusterPort != null) {
            env.put("LEXMATURITY_CLUSTER_PORT", clusterPort.toString());
        }
        try {
            return ClusterSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        Optional<ClusterSettings> cluster = cluster(); // a wrong option is told before the store is opened
        if (cluster.isPresent() && main.storeConfig().remote().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cluster-members: " + WebServer.CLUSTER_NEEDS_REMOTE_STORE);
        }
        Store store = main.openStore(port > 0 ? "http://localhost:" + port + "/" : StoreConfig.DEFAULT_BASE_IRI);
        if (demo) {
            var summary = DemoData.loadIntoEmpty(store, spec.commandLine().getErr()::println);
            if (summary.written() > 0) {
                spec.commandLine().getOut().println("Loaded the demonstration data: " + summary.written() + " acts.");
            }
        }
        FirstAdmin.ensure(new Accounts(store), System.getenv("LEXMATURITY_ADMIN_PASSWORD")).ifPresent(password -> spec.commandLine().getOut()
                .println("Created the administrator account 'admin' with the password " + password
                        + "\n  (shown only this once; change it with: java -jar lexmaturity.jar users passwd admin)"));
        AuthSettings auth = AuthSettings.fromEnvironment(System.getenv());
        WebServer server = WebServer.start(store, host, port, auth, EndpointSettings.fromEnvironment(), cluster);
        var out = spec.commandLine().getOut();
        String base = store.config().baseIri();
        out.println("Base IRI " + base + ": minted IRIs, links, the SPARQL service description and the VoID description use it"
                + (main.givenBaseIri().isPresent() ? "" : " (" + (base.equals("http://localhost:" + server.port() + "/")
                        ? "from the port" : "the data in the store was minted under it") + "; --base-iri or LEXMATURITY_BASE_IRI sets it for a new store)"));
        cluster.ifPresent(c -> out.println("Cluster member " + c.host() + ":" + c.port() + " of '" + c.name() + "' with " + c.members()
                + ": sessions, sign-in throttles and revocations are shared with the other servers"));
        out.println("Listening on " + host + ":" + server.port() + (isEveryInterface(host)
                ? ", every network interface: other machines can reach it (--host 127.0.0.1 keeps it to this one)" : ""));
        // the last line: scripts and tests wait for it
        out.println(Morphologies.system().summary());
        out.println("Lexmaturity is running at http://localhost:" + server.port() + "/ (Ctrl+C stops it)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "lexmaturity-shutdown"));
        stopped.await();
        return 0;
    }
}
