package org.lexmaturity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lexmaturity.evaluation.Evaluation;
import org.lexmaturity.evaluation.LabelledSet;
import org.lexmaturity.evaluation.SectionText;
import org.lexmaturity.evaluation.StatuteBook;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.Screener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate --corpus DIR [--labels FILE]}: precision and recall of the screening on a labelled set. */
@Command(name = "evaluate", description = "Measures the screening against a labelled set of statute sections (the project's own, "
        + "or yours): precision and recall per family, category and language, as an expert counts them (per section text and "
        + "category). The sections' texts are read from the statute book corpus (the asd-LANG-YEAR.tar.gz archives).")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The folder of the statute book archives, e.g. "
            + "shared/testdata/legislation/finlex-corpus")
    Path corpus;

    @Option(names = "--labels", paramLabel = "FILE", description = "A labelled set (tab-separated: act, section, language, category, "
            + "status, evidence, note); the project's own set when not given")
    Path labels;

    @Option(names = "--without-hard-cases", description = "Leave out the labels the annotator marked \"hard case\"")
    boolean withoutHardCases;

    @Option(names = "--details", description = "Also list every judgement: missed labels, false hits and right ones, with the words")
    boolean details;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LabelledSet set = labels == null ? LabelledSet.shipped()
                : LabelledSet.parse(labels.getFileName().toString(), Files.readString(labels, StandardCharsets.UTF_8));
        IndicatorRules rules = IndicatorRules.shipped();
        Map<String, SectionText> texts = Evaluation.texts(new StatuteBook(corpus), set);
        Screener screener = new Screener(rules);
        Evaluation.Result r = Evaluation.run(set, texts, screener, !withoutHardCases);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Screening rules %s on %s: %d section texts%s.%n", rules.version(), set.source(), r.units(),
                withoutHardCases ? ", hard cases left out" : "");
        out.println(screener.morphologies().summary());
        if (!r.missingTexts().isEmpty()) {
            out.printf("%d labelled section texts are not in the corpus and were not scored, e.g. %s%n", r.missingTexts().size(),
                    r.missingTexts().get(0));
        }
        out.println();
        out.printf("%-22s %9s %7s %5s %5s %5s%n", "family", "precision", "recall", "tp", "fp", "fn");
        r.byFamily().forEach((k, c) -> out.printf(Locale.ROOT, "%-22s %9.2f %7.2f %5d %5d %5d%n", k, c.precision(), c.recall(), c.tp(), c.fp(), c.fn()));
        out.println();
        out.printf("%-22s %9s %7s %5s %5s %5s%n", "category", "precision", "recall", "tp", "fp", "fn");
        r.byCategory().forEach((k, c) -> out.printf(Locale.ROOT, "%-22s %9.2f %7.2f %5d %5d %5d%n", k, c.precision(), c.recall(), c.tp(), c.fp(), c.fn()));
        out.println();
        out.printf("Status (barrier or mitigated) agrees with the label in %d of %d barrier categories found.%n", r.statusAgree(), r.statusTotal());
        if (details) {
            out.println();
            for (Evaluation.Judgement j : r.judgements()) {
                out.printf("%-6s %-7s %s  %s%n", j.kind(), j.category(), j.unit(), j.words());
            }
        }
        return 0;
    }
}
