package org.lexmaturity.cli;

import java.time.Clock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lexmaturity.register.RegisterImport;
import org.lexmaturity.survey.MappingFile;
import org.lexmaturity.survey.SurveyData;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.survey.SurveyMapping;
import org.lexmaturity.survey.SurveyRdf;
import org.lexmaturity.kernel.Spreadsheet;
import org.lexmaturity.kernel.TableReader;
import java.util.concurrent.Callable;
import org.lexmaturity.ingest.FinlexClient;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.ingest.SourceFiles;
import org.lexmaturity.kernel.ShapeValidator;
import org.lexmaturity.statutes.Ministries;
import java.util.OptionalInt;
import org.lexmaturity.imports.ImportRun;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import statutes PATH...}, {@code import finlex YEAR/NUMBER}, {@code import survey FILE}, {@code import barriers FILE}. */
@Command(name = "import", description = "Imports data into the store.",
        subcommands = {ImportCommand.Statutes.class, ImportCommand.Finlex.class, ImportCommand.Survey.class, ImportCommand.Barriers.class})
final class ImportCommand extends CommandGroup {
    /** The notices an import prints; the rest are counted (all of them are on the act pages). */
    static final int NOTICES_SHOWN = 50;

    /**
     * Prints the summary; refusals go to stderr, and any refusal makes the exit code 1. {@code restWritten} says
     * whether the valid files were written despite refusals (only when the user asked for it).
     */
    static int report(ImportReport summary, boolean restWritten, PrintWriter out, PrintWriter err) {
        if (summary.complete() || restWritten) {
            out.printf("Imported %d acts (%d replaced) from %d files; %d refused.%n",
                    summary.written(), summary.replaced(), summary.units(), summary.refused().size());
        }
        if (!summary.notices().isEmpty()) {
            out.printf("%d provisions have text in only some of their act's languages (each is marked on its act's page):%n",
                    summary.notices().size());
            summary.notices().stream().limit(NOTICES_SHOWN).forEach(n -> out.println("  " + n));
            if (summary.notices().size() > NOTICES_SHOWN) {
                out.printf("  … and %d more%n", summary.notices().size() - NOTICES_SHOWN);
            }
        }
        for (ImportReport.Refusal r : summary.refused()) {
            err.println("Refused: " + r.message());
        }
        if (!summary.complete() && !restWritten) {
            err.printf("Nothing imported: %d of %d files refused.%n", summary.refused().size(), summary.units());
        }
        return summary.complete() ? 0 : 1;
    }

    @Command(name = "statutes", description = "Imports statute files: Akoma Ntoso, Finlex statute XML or ELI RDF; "
            + "folders and .tar.gz/.zip archives of them. Re-importing an act replaces it. The whole import is one "
            + "transaction: if any file is refused, nothing is written (unless --skip-refused).")
    static final class Statutes implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or archives")
        List<Path> paths;

        @Option(names = "--skip-refused", description = "Import the valid files even if some are refused (still lists them, exit code 1)")
        boolean skipRefused;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try (Store store = parent.main.openStore()) {
                ImportRun.WhenRefused whenRefused = skipRefused ? ImportRun.WhenRefused.WRITE_THE_REST : ImportRun.WhenRefused.WRITE_NOTHING;
                // a bar in place on a terminal; a line every so many files where the output goes to a log
                ProgressBar bar = System.console() != null
                        ? new ProgressBar(err, "files", "acts", OptionalInt.of(SourceFiles.count(paths))) : null;
                StatuteImport importer = new StatuteImport(store, Ministries.load(), ShapeValidator.load(), whenRefused, bar,
                        bar == null ? err::println : null);
                ImportReport summary = importer.importPaths(paths);
                if (bar != null) {
                    bar.finish();
                }
                int exit = report(summary, skipRefused, spec.commandLine().getOut(), err);
                if (!summary.complete() && !skipRefused) {
                    err.println("Fix the refused files, or pass --skip-refused to import the others.");
                }
                return exit;
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
                return report(StatuteImport.create(store, err::println).importSources(sources), false, spec.commandLine().getOut(), err);
            }
        }
    }

    @Command(name = "survey", description = "Imports a survey export (XLSX, XLS or CSV). Without --mapping the mapping is "
            + "inferred from the header row; --dry-run shows it and every problem without writing anything. "
            + "Importing a survey with the same id again replaces it.")
    static final class Survey implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "FILE", description = "The export")
        Path file;

        @Option(names = "--mapping", paramLabel = "M", description = "YAML mapping: columns to questions, scales, themes")
        Path mapping;

        @Option(names = "--dry-run", description = "Show the mapping and the problems; write nothing")
        boolean dryRun;

        @Option(names = "--threshold", paramLabel = "N", defaultValue = "" + SurveyRdf.DEFAULT_THRESHOLD,
                description = "Smallest group published in the public aggregates (default: ${DEFAULT-VALUE})")
        int threshold;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Spreadsheet table = TableReader.read(file);
            SurveyMapping m = SurveyImport.mapping(table, Optional.ofNullable(mapping));
            if (dryRun) {
                out.println("# Mapping" + (mapping == null ? " inferred from the header row" : " from " + mapping.getFileName())
                        + "; save it, correct it and pass it with --mapping");
                out.print(MappingFile.toYaml(m));
                SurveyData data = SurveyImport.check(table, m); // throws with every problem found
                out.printf("# Dry run: %d responses, %d answers, no problems; nothing written.%n", data.responses().size(), data.answerCount());
                return 0;
            }
            SurveyData data = SurveyImport.check(table, m);
            try (Store store = parent.main.openStore()) {
                SurveyImport.Result r = new SurveyImport(store, threshold).importData(data);
                out.printf("Imported survey %s: %d responses, %d answers, %d statute citations (%d linked to the store, %d unresolved)%s.%n",
                        r.surveyId(), r.responses(), r.answers(), r.citationsResolved() + r.citationsUnresolved(), r.citationsResolved(),
                        r.citationsUnresolved(), r.replaced() ? "; replaced the earlier import" : "");
                return 0;
            }
        }
    }

    @Command(name = "barriers", description = "Imports a barrier register: XLSX with sheets Barriers and Measures, CSV of barriers, "
            + "or Turtle. Entries with the id of one already in the register replace it.")
    static final class Barriers implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "FILE", description = "The register")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = parent.main.openStore()) {
                RegisterImport.Result r = new RegisterImport(store, Clock.systemDefaultZone()).importFile(file, Main.agent());
                spec.commandLine().getOut().printf("Imported %d barriers and %d measures (%d replaced).%n", r.barriers(), r.measures(), r.replaced());
                return 0;
            }
        }
    }
}
