package org.lexmaturity.cli;

import java.util.Locale;
import org.lexmaturity.kernel.Language;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lexmaturity.kernel.ImportException;
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
            JsonArray a = new JsonArray();
            sections.forEach(s -> {
                JsonArray f = new JsonArray();
                s.findings().forEach(x -> {
                    JsonObject finding = new JsonObject();
                    finding.put("indicator", x.indicator());
                    finding.put("polarity", x.polarity().name().toLowerCase(Locale.ROOT));
                    finding.put("text", x.text());
                    finding.put("dimension", x.dimension());
                    JsonArray principles = new JsonArray();
                    x.principles().forEach(principles::add);
                    finding.put("principles", principles);
                    finding.put("suggestion", x.suggestion().getOrDefault(s.language(), x.suggestion().getOrDefault("en", "")));
                    f.add(finding);
                });
                JsonObject section = new JsonObject();
                section.put("section", s.ordinal());
                section.put("heading", s.heading());
                section.put("findings", f);
                a.add(section);
            });
            JsonObject result = new JsonObject();
            result.put("file", file.getFileName().toString());
            result.put("ruleVersion", screening.ruleVersion());
            result.put("sections", a);
            out.println(JSON.toString(result));
            return 0;
        }
        int total = 0;
        for (DraftScreening.SectionResult s : sections) {
            if (s.findings().isEmpty()) {
                continue;
            }
            out.println((s.heading().isEmpty() ? "(before the first heading)" : s.heading()));
            for (DraftScreening.DraftFinding f : s.findings()) {
                total++;
                out.printf("  %-8s %-28s \"%s\"  [%s; %s]%n", f.polarity().name().toLowerCase(), f.indicator(), f.text(), f.dimension(),
                        String.join(", ", f.principles()));
                String suggestion = f.suggestion().getOrDefault(s.language(), "");
                if (!suggestion.isEmpty()) {
                    out.println("           suggestion: " + suggestion);
                }
            }
        }
        out.printf("%d findings in %d sections of %s (rules %s); nothing stored.%n", total, sections.size(), file.getFileName(), screening.ruleVersion());
        return 0;
    }
}
