package org.lexmaturity.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.lexmaturity.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export --out FILE}: the whole dataset as TriG or N-Quads, gzipped when the name ends in .gz. */
@Command(name = "export", description = "Writes the whole dataset, private graphs included, as TriG (.trig) or N-Quads (.nq), gzipped if FILE ends in .gz.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        String bare = gzip ? name.substring(0, name.length() - 3) : name;
        Lang lang;
        if (bare.endsWith(".trig")) {
            lang = Lang.TRIG;
        } else if (bare.endsWith(".nq") || bare.endsWith(".nquads")) {
            lang = Lang.NQUADS;
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out must end in .trig, .nq or .nquads (optionally followed by .gz): " + out);
        }
        try (Store store = main.openStore()) {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // written beside the target and moved into place, so a failed export never leaves a truncated file
            Path tmp = Files.createTempFile(dir, ".export-", ".part");
            try {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp));
                     OutputStream os = gzip ? new GZIPOutputStream(file) : file) {
                    store.read(dsg -> {
                        RDFDataMgr.write(os, dsg, lang);
                        return null;
                    });
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            spec.commandLine().getOut().println("Exported to " + out);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Export to " + out + " failed: " + e.getMessage(), e);
        }
    }
}
