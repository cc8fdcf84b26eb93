package org.lexmaturity.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lexmaturity.auth.Accounts;
import org.lexmaturity.auth.AuthSettings;
import org.lexmaturity.auth.FirstAdmin;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.store.Store;
import org.lexmaturity.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code serve [--port N] [--demo]}: the web UI, the API and the health check, until the process is stopped. */
@Command(name = "serve", description = "Starts the web server on the embedded store.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--demo", description = "Load the demonstration data set into an empty store first")
    boolean demo;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Store store = main.openStore();
        if (demo) {
            var summary = DemoData.loadIntoEmpty(store, spec.commandLine().getErr()::println);
            if (summary.imported() > 0) {
                spec.commandLine().getOut().println("Loaded the demonstration data: " + summary.imported() + " acts.");
            }
        }
        FirstAdmin.ensure(new Accounts(store), System.getenv("LEXMATURITY_ADMIN_PASSWORD")).ifPresent(password -> spec.commandLine().getOut()
                .println("Created the administrator account 'admin' with the password " + password
                        + "\n  (shown only this once; change it with: java -jar lexmaturity.jar users passwd admin)"));
        AuthSettings auth = AuthSettings.fromEnvironment(System.getenv());
        WebServer server = WebServer.start(store, host, port, auth);
        spec.commandLine().getOut().println("Lexmaturity is running at http://localhost:" + server.port() + "/ (Ctrl+C stops it)");
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
