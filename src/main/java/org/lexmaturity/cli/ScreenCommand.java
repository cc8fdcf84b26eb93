package org.lexmaturity.cli;

import java.time.Instant;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lexmaturity.maturity.MaturityRules;
import org.lexmaturity.maturity.MaturityService;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.Morphologies;
import org.lexmaturity.screening.ScreeningRun;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code screen [--act YEAR/NUMBER] [--version VERSION]}: runs the indicator rules over the statute texts and stores the findings. */
@Command(name = "screen", description = "Screens every provision text (or one act's) with the indicator rules of ontology/indicators.ttl "
        + "and stores the findings; re-running replaces the findings of the same rule version.")
final class ScreenCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--act", paramLabel = "YEAR/NUMBER", description = "Screen one act only, e.g. 2016/9001")
    String act;

    @Option(names = "--version", paramLabel = "VERSION", description = "Screen the texts of this temporal version instead of the "
            + "current ones: alkup (the original), ajantasa/YYYYMMDD or YYYY-MM-DD (consolidated as of that date). Maturity "
            + "scores stay those of the current texts.")
    String version;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<ActNumber> number;
        Optional<String> versionPath;
        try {
            number = Optional.ofNullable(act).map(ActNumber::parseYearFirst);
            versionPath = Optional.ofNullable(version).map(ActExpression.Version::parsePath);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Store store = main.openStore()) {
            IndicatorRules rules = IndicatorRules.shipped();
            ScreeningRun.Result r = new ScreeningRun(store, rules, Clock.systemDefaultZone()).run(number, versionPath);
            spec.commandLine().getOut().printf("Screened %d provision texts (%s) with rules %s in %.1f s: %d findings (%d earlier findings replaced).%n",
                    r.texts(), r.textVersion().isEmpty() ? "the current text of each act" : "version " + r.textVersion(), r.ruleVersion(),
                    r.took().toMillis() / 1000.0, r.findings(), r.replaced());
            spec.commandLine().getOut().println(Morphologies.system().summary());
            if (r.skippedTexts() > 0) {
                spec.commandLine().getOut().printf("Skipped %d texts in languages the rules have no patterns for: %s.%n", r.skippedTexts(), r.skipped());
            }
            if (versionPath.isPresent()) {
                return 0;
            }
            int scored = new MaturityService(store, MaturityRules.shipped(), rules).storeAutomatic(r.acts(), Instant.now());
            spec.commandLine().getOut().printf("Stored the automatic maturity scores of %d acts.%n", scored);
            return 0;
        }
    }
}
