package org.lexmaturity.demo;

import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.lexmaturity.maturity.MaturityRules;
import org.lexmaturity.maturity.MaturityService;
import org.lexmaturity.register.RegisterImport;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.ScreeningRun;
import org.lexmaturity.survey.MappingFile;
import org.lexmaturity.survey.SurveyData;
import org.lexmaturity.survey.SurveyImport;
import org.lexmaturity.survey.SurveyMapping;
import org.lexmaturity.survey.SurveyRdf;
import org.lexmaturity.kernel.TableReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.ingest.StatuteSource;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreStats;

/**
 * The demonstration data set shipped in the jar: about thirty fictional Finnish acts in Akoma Ntoso (Finnish and
 * Swedish), numbered 9001/YEAR and up so they never collide with real acts, marked {@code lxm:demonstrationData};
 * a survey export of about 120 organisations with its mapping; a barrier register linked to both; and the
 * screening findings and maturity scores of the acts.
 */
public final class DemoData {
    static final String STATUTES = "demo/statutes";
    static final String SURVEY = "surveys/demo-survey.xlsx";
    static final String SURVEY_MAPPING = "surveys/demo-survey.yaml";
    static final String REGISTER = "surveys/demo-register.xlsx";

    private DemoData() {}

    /** Loads the demo set into an empty store; a store that already holds acts is left alone. */
    public static ImportReport loadIntoEmpty(Store store, Consumer<String> progress) {
        if (StoreStats.of(store).acts() > 0) {
            progress.accept("The store already holds acts; the demo data set is not loaded again.");
            return new ImportReport("statutes", "demo", 0, 0, 0, Map.of(), List.of(), true, List.of());
        }
        ImportReport summary = loadStatutes(store, progress);
        SurveyMapping mapping = MappingFile.read(SURVEY_MAPPING, new StringReader(new String(resource(SURVEY_MAPPING), StandardCharsets.UTF_8)));
        SurveyData data = SurveyImport.check(TableReader.read(SURVEY, resource(SURVEY)), mapping);
        SurveyImport.Result survey = new SurveyImport(store, SurveyRdf.DEFAULT_THRESHOLD).importData(data);
        progress.accept("Demo survey " + survey.surveyId() + ": " + survey.responses() + " responses, " + survey.answers() + " answers.");
        RegisterImport.Result register = new RegisterImport(store, Clock.systemDefaultZone()).importBytes(REGISTER, resource(REGISTER), "demo");
        progress.accept("Demo register: " + register.barriers() + " barriers, " + register.measures() + " measures.");
        IndicatorRules rules = IndicatorRules.shipped();
        ScreeningRun.Result screened = new ScreeningRun(store, rules, Clock.systemDefaultZone()).run(Optional.empty());
        new MaturityService(store, MaturityRules.shipped(), rules).storeAutomatic(screened.acts(), Instant.now());
        progress.accept("Demo screening: " + screened.findings() + " findings in " + screened.texts() + " provision texts; maturity scored.");
        return summary;
    }

    /** Only the demo acts, for tests that bring their own survey and register. */
    public static ImportReport loadStatutes(Store store, Consumer<String> progress) {
        ImportReport summary = StatuteImport.create(store, progress).importSources(statuteFiles());
        if (!summary.complete()) {
            throw new IllegalStateException("the shipped demo data does not import: " + summary.refused());
        }
        return summary;
    }

    /** A file of the demo set from the class path (the top-level surveys/ folder is packaged into the jar). */
    static byte[] resource(String name) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo statute files, read from the class path (a folder in development, the jar when packaged). */
    public static List<StatuteSource> statuteFiles() {
        URL url = DemoData.class.getClassLoader().getResource(STATUTES);
        if (url == null) {
            throw new IllegalStateException(STATUTES + " is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(fs.provider().getPath(uri));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list " + STATUTES, e);
        }
    }

    private static List<StatuteSource> read(Path folder) throws IOException {
        List<StatuteSource> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList()) {
                try {
                    out.add(new StatuteSource(f.getFileName().toString(), Files.readAllBytes(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }
}
