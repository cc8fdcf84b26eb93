package org.lexmaturity.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lexmaturity.TestStores;
import org.lexmaturity.store.RemoteEndpoint;
import org.lexmaturity.store.StoreConfig;

/** Runs the real command line in-process against a data folder and captures what it prints. */
public final class Cli {

    /** Exit code and output of one command. */
    public record Result(int exitCode, String out, String err) {}

    public static Result run(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        // in the remote-store run, the command works on the same Fuseki dataset as the test's own store
        TestStores.config(data, StoreConfig.DEFAULT_BASE_IRI).remote().ifPresent(remote -> {
            all.addAll(List.of("--store", RemoteEndpoint.SCHEME + remote.query()));
            // Virtuoso answers the Graph Store Protocol at a URL of its own
            if (!remote.graphStore().equals(remote.query())) {
                all.addAll(List.of("--store-update", remote.update().toString(), "--store-gsp", remote.graphStore().toString()));
            }
        });
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private Cli() {}
}
