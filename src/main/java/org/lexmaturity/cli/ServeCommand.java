package org.lexmaturity.cli;

import java.util.concurrent.Callable;
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
 * {@code serve [--port N] [--host H] [--demo]}: the web UI, the API and the health check, until the process is
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static boolean isEveryInterface(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    @Override
    public Integer call() throws InterruptedException {
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
        WebServer server = WebServer.start(store, host, port, auth);
        var out = spec.commandLine().getOut();
        String base = store.config().baseIri();
        out.println("Base IRI " + base + ": minted IRIs, links, the SPARQL service description and the VoID description use it"
                + (main.givenBaseIri().isPresent() ? "" : " (" + (base.equals("http://localhost:" + server.port() + "/")
                        ? "from the port" : "the data in the store was minted under it") + "; --base-iri or LEXMATURITY_BASE_IRI sets it for a new store)"));
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
