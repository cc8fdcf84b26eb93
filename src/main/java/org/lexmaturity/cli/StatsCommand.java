package org.lexmaturity.cli;

import java.util.concurrent.Callable;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code stats}: the store's counts as one JSON object. */
@Command(name = "stats", description = "Prints the store's counts as JSON: acts, provisions, languages, triples per graph, …")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = main.openStore()) {
            spec.commandLine().getOut().println(StoreStats.of(store).toJson());
            return 0;
        }
    }
}
