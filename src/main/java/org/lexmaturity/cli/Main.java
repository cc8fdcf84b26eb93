package org.lexmaturity.cli;

import java.util.Set;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
                RestoreCommand.class, GenerateCommand.class, EvaluateCommand.class})
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

    @Option(names = "--store-update", paramLabel = "URL", scope = CommandLine.ScopeType.INHERIT,
            description = "The remote store's SPARQL Update URL where it is not the --store URL (Virtuoso: the same /sparql). "
                    + "Default: $LEXMATURITY_STORE_UPDATE_URL")
    String storeUpdate;

    @Option(names = "--store-gsp", paramLabel = "URL", scope = CommandLine.ScopeType.INHERIT,
            description = "The remote store's Graph Store Protocol URL where it is not the --store URL (Virtuoso: /sparql-graph-crud). "
                    + "Default: $LEXMATURITY_STORE_GSP_URL")
    String storeGsp;

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
        return storeConfig(givenBaseIri().orElse(StoreConfig.DEFAULT_BASE_IRI));
    }

    private StoreConfig storeConfig(String base) {
        Path dir = data != null ? data : Path.of(env("LEXMATURITY_DATA", "data"));
        String remote = store != null ? store : System.getenv("LEXMATURITY_STORE");
        Map<String, String> env = new HashMap<>(System.getenv());
        if (storeUpdate != null) {
            env.put("LEXMATURITY_STORE_UPDATE_URL", storeUpdate);
        }
        if (storeGsp != null) {
            env.put("LEXMATURITY_STORE_GSP_URL", storeGsp);
        }
        return new StoreConfig(dir, base, Optional.ofNullable(remote).filter(r -> !r.isBlank()).map(r -> RemoteEndpoint.parse(r, env)));
    }

    /** The base IRI the user gave: {@code --base-iri}, else {@code $LEXMATURITY_BASE_IRI}. */
    Optional<String> givenBaseIri() {
        return Optional.ofNullable(baseIri).or(() -> Optional.ofNullable(System.getenv("LEXMATURITY_BASE_IRI"))).filter(b -> !b.isBlank());
    }

    /** Opens the store with the ontology graph up to date; see {@link #openStore(String)}. */
    Store openStore() {
        return openStore(StoreConfig.DEFAULT_BASE_IRI);
    }

    /**
     * Opens the store minting under the base IRI in force: the one given; else the one the data already in the store
     * was minted under (its graphs say which); else {@code fallback}. A given base that differs from the data's is
     * refused: the data's IRIs and graph names would no longer match, and the private graphs would seem empty.
     */
    Store openStore(String fallback) {
        Optional<String> given = givenBaseIri();
        Store opened = Store.open(storeConfig(given.orElse(fallback)));
        try {
            Set<String> recorded = opened.recordedBaseIris();
            String base = opened.config().baseIri();
            if (recorded.size() > 1) {
                throw new IllegalStateException("the store holds graphs minted under several base IRIs (" + String.join(", ", recorded)
                        + "); start with --base-iri naming the one to use");
            }
            if (!recorded.isEmpty() && !recorded.contains(base)) {
                String theirs = recorded.iterator().next();
                if (given.isPresent()) {
                    throw new IllegalStateException("the store in " + opened.config().dataDir() + " holds data minted under the base IRI " + theirs
                            + ", not " + base + ": start with --base-iri " + theirs + " (or export the data and import it into a new store)");
                }
                opened = opened.withBaseIri(theirs);
            }
            Ontology.install(opened);
            return opened;
        } catch (RuntimeException e) {
            opened.close();
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
