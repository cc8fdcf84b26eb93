package org.lexmaturity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.RemoteEndpoint;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code java -jar lexmaturity.jar [--data DIR] COMMAND}. Exit codes: 0 success, 1 failure
 * (message on stderr naming file and place), 2 usage error.
 */
@Command(name = "lexmaturity", mixinStandardHelpOptions = true, version = "Lexmaturity 0.1.0",
        description = "Assesses the digital maturity of legislation.",
        subcommands = {ServeCommand.class, ImportCommand.class, ScreenCommand.class, ScreenDraftCommand.class, AnalysisCommand.Catalogue.class,
                AnalysisCommand.Run.class, ReportCommand.class, StatsCommand.class, ExportCommand.class, UsersCommand.class, BackupCommand.class,
                RestoreCommand.class, GenerateCommand.class})
public final class Main implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Data folder (store, text index, generated files). Default: $LEXMATURITY_DATA or ./data")
    Path data;

    @Option(names = "--base-iri", paramLabel = "IRI", scope = CommandLine.ScopeType.INHERIT,
            description = "Base of the IRIs the tool mints. Default: $LEXMATURITY_BASE_IRI or " + StoreConfig.DEFAULT_BASE_IRI)
    String baseIri;

    @Option(names = "--store", paramLabel = "sparql:URL", scope = CommandLine.ScopeType.INHERIT,
            description = "A remote SPARQL 1.1 store (Query, Update, Graph Store Protocol) instead of the embedded one, "
                    + "e.g. sparql:http://localhost:3030/lexmaturity. Default: $LEXMATURITY_STORE, else the embedded store")
    String store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command and returns its exit code; the tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("Error: " + Failures.describe(e));
            Failures.log(e);
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    StoreConfig storeConfig() {
        Path dir = data != null ? data : Path.of(env("LEXMATURITY_DATA", "data"));
        String remote = store != null ? store : System.getenv("LEXMATURITY_STORE");
        return new StoreConfig(dir, baseIri != null ? baseIri : env("LEXMATURITY_BASE_IRI", StoreConfig.DEFAULT_BASE_IRI),
                Optional.ofNullable(remote).filter(r -> !r.isBlank()).map(r -> RemoteEndpoint.parse(r, System.getenv())));
    }

    /** Opens the store with the ontology graph up to date. */
    Store openStore() {
        Store store = Store.open(storeConfig());
        try {
            Ontology.install(store);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Who a command-line change is recorded as (PROV): $LEXMATURITY_USER, else the operating-system user. */
    static String agent() {
        return env("LEXMATURITY_USER", System.getProperty("user.name", "cli"));
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
