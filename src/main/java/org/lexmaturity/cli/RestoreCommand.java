package org.lexmaturity.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.lexmaturity.store.FolderInUse;
import org.lexmaturity.store.Restore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restore FILE [--replace]}: loads a backup into the data folder with the server stopped. The backup is loaded
 * and checked in a fresh folder first and swapped in only when complete; the replaced store is kept beside it.
 */
@Command(name = "restore", description = "Restores a backup into the data folder (stop the server first); --replace to overwrite a store that holds data.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "FILE", description = "A file written by backup")
    Path file;

    @Option(names = "--replace", description = "Replace a store that already holds data (the old one is moved to DATA/before-restore-TIME/)")
    boolean replace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("Error: " + file + ": no such file");
            return 1;
        }
        try {
            Restore.Result result = new Restore(main.storeConfig()).restore(file, replace, Instant.now());
            spec.commandLine().getOut().printf("Restored %,d triples in %d graphs from %s (taken %s) into %s%n", result.manifest().triples(),
                    result.manifest().triplesPerGraph().size(), file, result.manifest().taken(), main.storeConfig().dataDir());
            result.previous().ifPresent(p -> spec.commandLine().getOut().println("The store it replaced is kept in " + p + "; delete it when no longer needed."));
            return 0;
        } catch (RuntimeException e) {
            if (FolderInUse.is(e)) {
                spec.commandLine().getErr().println("Error: " + FolderInUse.explain(main.storeConfig().dataDir(), "stop the server before restoring", e).getMessage());
                return 1;
            }
            if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
                spec.commandLine().getErr().println("Error: " + e.getMessage());
                return 1;
            }
            throw e;
        }
    }
}
