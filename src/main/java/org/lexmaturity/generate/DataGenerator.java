package org.lexmaturity.generate;

import java.util.Locale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * {@code generate --scale SF --out DIR}: a synthetic but realistic data set for the benchmark and for tests. Writes
 * {@code statutes/} (Akoma Ntoso, each act in Finnish and Swedish), {@code survey.xlsx} with {@code survey.yaml}
 * (its mapping), {@code register.xlsx} (barriers and measures) and {@code README.txt} (what, how many, the seed).
 * The same seed and scale give byte-identical files.
 */
public final class DataGenerator {
    public static final long DEFAULT_SEED = 20260101L;
    public static final String STATUTES = "statutes";
    public static final String SURVEY = "survey.xlsx";
    public static final String SURVEY_MAPPING = "survey.yaml";
    public static final String REGISTER = "register.xlsx";

    private DataGenerator() {}

    /** What was written. {@code provisions} counts sections (§), as {@code stats} does. */
    public record Manifest(double scale, long seed, int acts, int provisions, int subsections, int barrierSites, int responses,
                           int barriers, int measures) {

        String text() {
            return String.format(Locale.ROOT, """
                    Lexmaturity generated data set: SYNTHETIC TEST DATA, NOT LAW.
                    Acts are numbered 5001/YEAR and up (1995-2025) so they never collide with real acts, and are marked
                    lxm:demonstrationData true; their texts are recombined from the shipped demo acts.

                    scale factor: %s
                    seed: %d
                    acts: %d (each in Finnish and Swedish: %d files in statutes/)
                    provisions (sections): %d
                    subsections (provision texts per language): %d
                    sections holding a barrier phrase: %d
                    survey responses: %d (survey.xlsx, mapping survey.yaml, survey id %s)
                    barriers: %d, measures: %d (register.xlsx)

                    Import:
                      lexmaturity import statutes statutes
                      lexmaturity import survey survey.xlsx --mapping survey.yaml
                      lexmaturity import barriers register.xlsx
                      lexmaturity screen
                    """, scale, seed, acts, acts * 2, provisions, subsections, barrierSites, responses, SurveyGenerator.SURVEY_ID, barriers,
                    measures);
        }
    }

    public static Manifest generate(Path out, double scale, long seed) throws IOException {
        GeneratedSize size = GeneratedSize.of(scale);
        Random rnd = new Random(seed);
        List<GeneratedAct> acts = new ActGenerator(DemoCorpus.load(), rnd).generate(size.acts());
        Path statutes = out.resolve(STATUTES);
        Files.createDirectories(statutes);
        int provisions = 0;
        int subsections = 0;
        for (GeneratedAct a : acts) {
            for (String lang : List.of("fin", "swe")) {
                Files.writeString(statutes.resolve("gen-" + a.year() + "-" + a.number() + "-" + lang + ".xml"), AknWriter.write(a, lang),
                        StandardCharsets.UTF_8);
            }
            provisions += a.sectionCount();
            subsections += a.chapters().stream().flatMap(c -> c.sections().stream()).mapToInt(s -> s.subsections().size()).sum();
        }
        List<BarrierSite> sites = BarrierSite.all(acts);
        SurveyGenerator survey = new SurveyGenerator(rnd);
        survey.writeWorkbook(out.resolve(SURVEY), size.responses(), sites);
        Files.writeString(out.resolve(SURVEY_MAPPING), survey.mappingYaml(), StandardCharsets.UTF_8);
        int barriers = new RegisterGenerator(rnd).write(out.resolve(REGISTER), size.barriers(), size.measures(), sites, survey.supports);
        Manifest m = new Manifest(scale, seed, acts.size(), provisions, subsections, sites.size(), size.responses(), barriers,
                barriers == 0 ? 0 : size.measures());
        Files.writeString(out.resolve("README.txt"), m.text(), StandardCharsets.UTF_8);
        return m;
    }
}
