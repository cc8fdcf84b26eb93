package org.lexmaturity.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lexmaturity.analysis.AnalysisCatalogue;
import org.lexmaturity.analysis.AnalysisDefinition;
import org.lexmaturity.analysis.AnalysisFormat;
import org.lexmaturity.analysis.AnalysisResult;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code analyses} lists the catalogue; {@code analysis ID [--param k=v]... [--format json|csv|xlsx] [--lang fi|sv|en]
 * [--out FILE]} runs one. The command line runs on the machine that holds the data, so analyses of the private
 * survey graph (which only ever output aggregates) run here as they do for a request from this machine.
 */
final class AnalysisCommand {
    private AnalysisCommand() {}

    @Command(name = "analyses", description = "Lists the analyses: id and title.")
    static final class Catalogue implements Callable<Integer> {
        private static final Map<String, String> PRIVATE = Map.of("fi", "(yksityistä kyselyaineistoa, vain koosteita)",
                "sv", "(privata enkätuppgifter, endast sammanställningar)", "en", "(private survey data, aggregates only)");

        @Option(names = "--lang", paramLabel = "fi|sv|en", defaultValue = "fi", description = "Language of the titles (default: ${DEFAULT-VALUE})")
        String lang;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            checkLanguage(spec, lang);
            PrintWriter out = spec.commandLine().getOut();
            for (AnalysisDefinition d : AnalysisCatalogue.load().all()) {
                out.printf("%-42s %s%s%n", d.id(), d.title(lang), d.publicData() ? "" : " " + PRIVATE.get(lang));
            }
            return 0;
        }
    }

    @Command(name = "analysis", description = "Runs an analysis and prints its result (JSON or CSV) or writes it to --out (JSON, CSV or XLSX).")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Parameters(paramLabel = "ID", description = "The analysis (see 'analyses')")
        String id;

        @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the analysis; repeat for several")
        Map<String, String> params = new LinkedHashMap<>();

        @Option(names = "--format", paramLabel = "json|csv|xlsx", description = "Output format (default: from the --out file name, else json)")
        String format;

        @Option(names = "--lang", paramLabel = "fi|sv|en", defaultValue = "fi", description = "Language of labels and titles (default: ${DEFAULT-VALUE})")
        String lang;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output (required for xlsx)")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            checkLanguage(spec, lang);
            AnalysisFormat f = format();
            if (f == AnalysisFormat.XLSX && out == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx needs --out FILE");
            }
            AnalysisCatalogue catalogue = AnalysisCatalogue.load();
            if (catalogue.find(id).isEmpty()) {
                throw new IllegalArgumentException("no analysis '" + id + "'; 'analyses' lists them");
            }
            try (Store store = main.openStore()) {
                AnalysisResult result = new AnalysisRunner(store, catalogue).run(id, params, lang);
                if (out == null) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    f.write(result, lang, bytes);
                    String text = bytes.toString(StandardCharsets.UTF_8);
                    // the byte-order mark is for Excel opening a file, not for a terminal or a pipe
                    spec.commandLine().getOut().print(text.startsWith("\uFEFF") ? text.substring(1) : text);
                    spec.commandLine().getOut().flush();
                } else {
                    Path parent = out.toAbsolutePath().getParent();
                    Files.createDirectories(parent);
                    try (OutputStream os = Files.newOutputStream(out)) {
                        f.write(result, lang, os);
                    }
                    spec.commandLine().getOut().printf("Wrote %d rows of %s to %s%n", result.rows().size(), id, out);
                }
                return 0;
            } catch (IOException e) {
                throw new UncheckedIOException("Analysis " + id + ": cannot write " + out + ": " + e.getMessage(), e);
            }
        }

        private AnalysisFormat format() {
            if (format != null) {
                return AnalysisFormat.byName(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "--format must be json, csv or xlsx, not '" + format + "'"));
            }
            if (out != null) {
                String name = out.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot > 0) {
                    return AnalysisFormat.byName(name.substring(dot + 1)).orElse(AnalysisFormat.JSON);
                }
            }
            return AnalysisFormat.JSON;
        }
    }

    private static void checkLanguage(CommandLine.Model.CommandSpec spec, String lang) {
        if (!AnalysisRunner.LANGUAGES.contains(lang)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be fi, sv or en, not '" + lang + "'");
        }
    }
}
