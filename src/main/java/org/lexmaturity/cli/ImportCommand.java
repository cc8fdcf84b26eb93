package org.lexmaturity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lexmaturity.ingest.FinlexClient;
import org.lexmaturity.ingest.ImportSummary;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import statutes PATH...} and {@code import finlex YEAR/NUMBER}. */
@Command(name = "import", description = "Imports data into the store.",
        subcommands = {ImportCommand.Statutes.class, ImportCommand.Finlex.class})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Prints the summary; refusals go to stderr, and any refusal makes the exit code 1. */
    static int report(ImportSummary summary, PrintWriter out, PrintWriter err) {
        out.printf("Imported %d acts (%d replaced) from %d files; %d refused.%n",
                summary.imported(), summary.replaced(), summary.files(), summary.refused().size());
        for (ImportSummary.Refusal r : summary.refused()) {
            err.println("Refused: " + r.message());
        }
        return summary.complete() ? 0 : 1;
    }

    @Command(name = "statutes", description = "Imports statute files: Akoma Ntoso, Finlex statute XML or ELI RDF; "
            + "folders and .tar.gz/.zip archives of them. Re-importing an act replaces it.")
    static final class Statutes implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or archives")
        List<Path> paths;

        @Option(names = "--batch", paramLabel = "N", defaultValue = "" + StatuteImport.DEFAULT_BATCH,
                description = "Acts per transaction (default: ${DEFAULT-VALUE})")
        int batch;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try (Store store = parent.main.openStore()) {
                StatuteImport importer = new StatuteImport(store, org.lexmaturity.statutes.Ministries.load(),
                        org.lexmaturity.ingest.ShapeValidator.load(), batch, err::println);
                return report(importer.importPaths(paths), spec.commandLine().getOut(), err);
            }
        }
    }

    @Command(name = "finlex", description = "Fetches an act (Finnish and Swedish original version) from the Finlex open data API and imports it.")
    static final class Finlex implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "YEAR/NUMBER", description = "e.g. 2003/13")
        String act;

        @Option(names = "--finlex-url", paramLabel = "URL",
                description = "Base URL of the Finlex open data API. Default: $LEXMATURITY_FINLEX_URL or " + FinlexClient.DEFAULT_BASE_URL)
        String url;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ActNumber number;
            try {
                number = ActNumber.parseYearFirst(act);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            String base = url != null ? url : Main.env("LEXMATURITY_FINLEX_URL", FinlexClient.DEFAULT_BASE_URL);
            var sources = new FinlexClient(base).fetch(number);
            try (Store store = parent.main.openStore()) {
                PrintWriter err = spec.commandLine().getErr();
                return report(StatuteImport.create(store, err::println).importSources(sources), spec.commandLine().getOut(), err);
            }
        }
    }
}
