package org.lexmaturity.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.kernel.JsonOutput;
import org.lexmaturity.kernel.Language;
import org.lexmaturity.screening.DraftReader;
import org.lexmaturity.screening.DraftScreening;
import org.lexmaturity.screening.IndicatorRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code screen-draft FILE}: screens a draft bill (DOCX or text) section by section; stores nothing. */
@Command(name = "screen-draft", description = "Screens a draft bill (DOCX or plain text) section by section with the same rules, "
        + "naming the principle concerned and a suggested rewording. Nothing is stored.")
final class ScreenDraftCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The draft: .docx or .txt")
    Path file;

    @Option(names = "--lang", paramLabel = "fi|sv|en", description = "The draft's language (default: guessed per section)")
    String lang;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE})")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (lang != null && !Language.ALL.contains(lang)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be fi, sv or en");
        }
        if (!List.of("text", "json").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json");
        }
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(file.getFileName().toString(), "", "no such file");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DraftScreening screening = new DraftScreening(IndicatorRules.shipped());
        List<DraftScreening.SectionResult> sections = screening.screen(DraftReader.read(file.getFileName().toString(), bytes), lang);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(JsonOutput.text(JsonOutput.Layout.PRETTY, json -> writeJson(json, screening.ruleVersion(), screening.morphology(), sections)));
            return 0;
        }
        int total = 0;
        for (DraftScreening.SectionResult s : sections) {
            if (!s.screened()) {
                out.println((s.heading().isEmpty() ? "(before the first heading)" : s.heading()) + "\n  not screened: the rules have no patterns for "
                        + (s.language().isEmpty() ? "its language (not Finnish, Swedish or English)" : "language " + s.language()));
                continue;
            }
            if (s.findings().isEmpty()) {
                continue;
            }
            out.println((s.heading().isEmpty() ? "(before the first heading)" : s.heading()));
            for (DraftScreening.DraftFinding f : s.findings()) {
                total++;
                out.printf("  %-9s %-28s \"%s\"  [%s; %s]%n", f.mitigated() ? "mitigated" : f.polarity().name().toLowerCase(), f.indicator(),
                        f.text(), f.dimension(),
                        String.join(", ", f.principles()));
                String suggestion = f.suggestion().getOrDefault(s.language(), "");
                if (!suggestion.isEmpty()) {
                    out.println("           suggestion: " + suggestion);
                }
            }
        }
        out.printf("%d findings in %d sections of %s (rules %s); nothing stored.%n", total, sections.size(), file.getFileName(), screening.ruleVersion());
        screening.morphology().stream().filter(m -> !m.on())
                .forEach(m -> out.printf("Language %s screened with regular expressions only: %s.%n", m.language(), m.detail()));
        return 0;
    }

    private void writeJson(JsonGenerator json, String ruleVersion, List<org.lexmaturity.screening.Morphologies.Status> morphology,
            List<DraftScreening.SectionResult> sections) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", file.getFileName().toString());
        json.writeStringField("ruleVersion", ruleVersion);
        json.writeObjectFieldStart("morphology");
        for (var m : morphology) {
            json.writeStringField(m.language(), m.on() ? m.detail() : "regular expressions only: " + m.detail());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("sections");
        for (DraftScreening.SectionResult s : sections) {
            json.writeStartObject();
            json.writeNumberField("section", s.ordinal());
            json.writeStringField("language", s.language());
            json.writeBooleanField("languageGuessed", s.guessed());
            json.writeBooleanField("screened", s.screened());
            json.writeStringField("heading", s.heading());
            json.writeArrayFieldStart("findings");
            for (DraftScreening.DraftFinding f : s.findings()) {
                json.writeStartObject();
                json.writeStringField("indicator", f.indicator());
                json.writeStringField("polarity", f.polarity().name().toLowerCase(Locale.ROOT));
                json.writeBooleanField("mitigated", f.mitigated());
                json.writeStringField("text", f.text());
                json.writeStringField("dimension", f.dimension());
                json.writeArrayFieldStart("principles");
                for (String principle : f.principles()) {
                    json.writeString(principle);
                }
                json.writeEndArray();
                json.writeStringField("suggestion", f.suggestion().getOrDefault(s.language(), f.suggestion().getOrDefault("en", "")));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
