package org.lexmaturity.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lexmaturity.generate.DataGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate --scale SF --out DIR [--seed N]}: writes a synthetic data set; touches no store. */
@Command(name = "generate", description = "Writes a synthetic, realistic data set (statutes in Akoma Ntoso fi+sv, a survey export "
        + "with its mapping, a barrier register) at scale factor SF: SF 1 is about 4,000 acts, 150,000 provisions, "
        + "1,000 responses, 2,000 barriers, 500 measures. The same seed gives the same bytes.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--scale", paramLabel = "SF", defaultValue = "1", description = "Scale factor (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DataGenerator.DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DataGenerator.Manifest m;
        try {
            m = DataGenerator.generate(out, scale, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Generate into " + out + " failed: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("Generated %d acts (%d provisions), %d survey responses, %d barriers and %d measures in %s (seed %d).%n",
                m.acts(), m.provisions(), m.responses(), m.barriers(), m.measures(), out, m.seed());
        return 0;
    }
}
