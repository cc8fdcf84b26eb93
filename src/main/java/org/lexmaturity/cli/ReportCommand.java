package org.lexmaturity.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lexmaturity.analysis.AnalysisCatalogue;
import org.lexmaturity.analysis.AnalysisRunner;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.auth.Role;
import org.lexmaturity.report.ReportBuilder;
import org.lexmaturity.report.ReportDefinition;
import org.lexmaturity.report.ReportDocument;
import org.lexmaturity.report.ReportFormat;
import org.lexmaturity.report.ReportRequest;
import org.lexmaturity.report.ReportWriters;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code report TYPE --lang fi|sv|en --format docx|xlsx|pdf|html --out FILE}: renders a report from the store. */
@Command(name = "report", description = "Renders a report (deregulation, act-profile, survey-results, follow-up, draft-screening) "
        + "in Finnish, Swedish or English as DOCX, XLSX, PDF or HTML. The command line runs as an analyst: reports may "
        + "carry anonymised survey quotes.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "TYPE", description = "deregulation, act-profile, survey-results, follow-up or draft-screening")
    String type;

    @Option(names = "--lang", required = true, paramLabel = "fi|sv|en")
    String lang;

    @Option(names = "--format", required = true, paramLabel = "docx|xlsx|pdf|html")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--act", paramLabel = "YEAR/NUMBER", description = "The act (act-profile)")
    String act;

    @Option(names = "--from", paramLabel = "DATE", description = "Start of the period (follow-up), e.g. 2026-01-01")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "End of the period (follow-up)")
    String to;

    @Option(names = "--draft", paramLabel = "FILE", description = "The draft bill, DOCX or text (draft-screening)")
    Path draft;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReportRequest request;
        ReportFormat f;
        try {
            if (!ReportDefinition.available().contains(type)) {
                throw new IllegalArgumentException("unknown report type '" + type + "'; one of " + String.join(", ", ReportDefinition.available()));
            }
            f = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
            request = new ReportRequest(type, lang, Optional.ofNullable(act).map(ActNumber::parseYearFirst), date(from), date(to),
                    Optional.ofNullable(draft).map(ReportCommand::read), Role.ANALYST);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Store store = main.openStore()) {
            ReportDocument doc = new ReportBuilder(store, new AnalysisRunner(store, AnalysisCatalogue.load()), Clock.systemDefaultZone()).build(request);
            // written beside the target and moved into place, so a failed run never leaves half a report
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".report", ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                ReportWriters.write(doc, f, os);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().printf("Wrote %s (%s, %s, %d blocks).%n", out.getFileName(), type, lang, doc.blocks().size());
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<LocalDate> date(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not a date like 2026-01-31");
        }
    }

    private static ReportRequest.Draft read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(file.getFileName().toString(), "", "no such file");
            }
            return new ReportRequest.Draft(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
