package org.lexmaturity.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lexmaturity.survey.MappingFile;
import org.lexmaturity.survey.SurveyMapping;
import org.lexmaturity.survey.SurveyMapping.Kind;
import org.lexmaturity.survey.SurveyMapping.Question;

/**
 * Writes a survey export (sheets Vastaukset and Svar, one row per respondent organisation) and its mapping. The
 * questionnaire and survey id are the demo survey's ({@code surveys/demo-survey.yaml}), the title says it is synthetic; organisations are
 * numbered test organisations of each type; free-text answers cite generated sections that hold a barrier, and each
 * such answer is remembered so that register barriers can say which answers support them.
 */
final class SurveyGenerator {
    /**
     * The demo survey's id: the survey-results report and the survey analyses default to it, so with it they work
     * on generated data unchanged. Importing the generated survey into a store with the demo survey replaces it.
     */
    static final String SURVEY_ID = "vm-esteet-2025";
    static final LocalDate ISSUED = LocalDate.of(2025, 9, 1);
    private static final String[] HEADER_FI = {"Vastaaja", "Organisaatio", "Organisaation tyyppi", "Hallinnonala", "Yhteyshenkilö", "Sähköposti"};
    private static final String[] HEADER_SV = {"Svarande", "Organisation", "Typ av organisation", "Förvaltningsområde", "Kontaktperson", "E-post"};
    // type: share of respondents, name fi, name sv, type cell fi, type cell sv, has a branch
    private static final String[][] TYPES = {
            {"0.03", "Testiministeriö", "Testministerium", "Ministeriö", "Ministerium", "y"},
            {"0.20", "Testivirasto", "Testämbetsverk", "Virasto", "Ämbetsverk", "y"},
            {"0.55", "Testikunta", "Testkommun", "Kunta", "Kommun", ""},
            {"0.12", "Testihyvinvointialue", "Testvälfärdsområde", "Hyvinvointialue", "Välfärdsområde", "y"},
            {"1.00", "Testiyhdistys", "Testförening", "Muu", "Annan", ""}};
    static final String[] MINISTRIES = {"VNK", "UM", "OM", "SM", "PLM", "VM", "OKM", "MMM", "LVM", "TEM", "STM", "YM"};

    /** A free-text answer that cites a barrier site: "vm-esteet-2025/R0012/k22". */
    record Support(BarrierSite site, String answer) {}

    private final SurveyMapping mapping;
    private final Random rnd;
    final List<Support> supports = new ArrayList<>();

    SurveyGenerator(Random rnd) {
        this.rnd = rnd;
        SurveyMapping demo = demoMapping();
        this.mapping = new SurveyMapping(SURVEY_ID, Map.of("fi", "Synteettinen kysely (lexmaturity generate)",
                "sv", "Syntetisk enkät (lexmaturity generate)", "en", "Synthetic survey (lexmaturity generate)"),
                Optional.of(ISSUED), demo.sheets(), demo.respondent(), demo.questions());
    }

    static SurveyMapping demoMapping() {
        String name = "surveys/demo-survey.yaml";
        try (InputStream in = SurveyGenerator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return MappingFile.read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String mappingYaml() {
        return "# Mapping of the generated survey export survey.xlsx (lexmaturity generate): synthetic test data.\n"
                + MappingFile.toYaml(mapping);
    }

    void writeWorkbook(Path file, int responses, List<BarrierSite> sites) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            StableWorkbook.fixProperties(wb, "Synthetic survey export (lexmaturity generate)", "lexmaturity generate", ISSUED);
            Sheet fi = header(wb.createSheet(mapping.sheets().get(0)), HEADER_FI, false);
            Sheet sv = header(wb.createSheet(mapping.sheets().get(1)), HEADER_SV, true);
            for (int r = 1; r <= responses; r++) {
                boolean swedish = rnd.nextDouble() < 0.08;
                Sheet sheet = swedish ? sv : fi;
                respondent(sheet.createRow(sheet.getLastRowNum() + 1), r, swedish, sites);
            }
            StableWorkbook.save(wb, file, ISSUED);
        }
    }

    private Sheet header(Sheet sheet, String[] fixed, boolean sv) {
        Row row = sheet.createRow(0);
        int c = 0;
        for (String h : fixed) {
            row.createCell(c++).setCellValue(h);
        }
        for (Question q : mapping.questions()) {
            row.createCell(c++).setCellValue(q.columns().get(0) + " " + q.text().get(sv ? "sv" : "fi"));
        }
        return sheet;
    }

    private void respondent(Row row, int n, boolean sv, List<BarrierSite> sites) {
        String id = String.format("R%04d", n);
        double u = rnd.nextDouble();
        String[] type = TYPES[0];
        for (String[] t : TYPES) {
            if (u < Double.parseDouble(t[0])) {
                type = t;
                break;
            }
            u -= Double.parseDouble(t[0]);
        }
        String[] fixed = {id, (sv ? type[2] : type[1]) + " " + n, sv ? type[4] : type[3],
                type[5].isEmpty() ? "" : MINISTRIES[rnd.nextInt(MINISTRIES.length)],
                (sv ? "Testperson " : "Testihenkilö ") + n, "vastaaja" + n + "@example.fi"};
        int c = 0;
        for (String v : fixed) {
            if (!v.isEmpty()) {
                row.createCell(c).setCellValue(v);
            }
            c++;
        }
        double latent = 2 + rnd.nextDouble() * 2;
        for (Question q : mapping.questions()) {
            Object v = answer(q, sv, latent, id, sites);
            if (v instanceof Double d) {
                row.createCell(c).setCellValue(d);
            } else if (v instanceof String s) {
                row.createCell(c).setCellValue(s);
            }
            c++;
        }
    }

    private Object answer(Question q, boolean sv, double latent, String respondent, List<BarrierSite> sites) {
        String lang = sv ? "sv" : "fi";
        double u = rnd.nextDouble();
        if (q.kind() == Kind.TEXT) {
            if (u > 0.35 || sites.isEmpty()) {
                return null;
            }
            BarrierSite site = sites.get(rnd.nextInt(sites.size()));
            supports.add(new Support(site, SURVEY_ID + "/" + respondent + "/" + q.id()));
            String[] text = BarrierKinds.KIND_TEXT.get(site.kind());
            String cite = (sv ? "Lag " : "Laki ") + site.act().id() + " " + site.section().number() + " §";
            return cite + ": " + (sv ? text[4] : text[3]);
        }
        if (u < 0.07) {
            return null;
        }
        return switch (q.kind()) {
            case LIKERT -> u < 0.12 ? (sv ? "Vet inte" : "En osaa sanoa")
                    : (Object) (double) Math.max(q.min(), Math.min(q.max(), (int) Math.round(latent + rnd.nextGaussian()))); 
            case CHOICE -> q.options().get(rnd.nextInt(q.options().size())).labels().get(lang);
            case MULTI -> multi(q, lang);
            case NUMBER -> (double) (q.min() + rnd.nextInt(Math.max(1, q.max() - q.min() + 1)));
            case TEXT -> null;
        };
    }

    /** Some of the options but the last ("none"); the last alone when none is chosen. */
    private String multi(Question q, String lang) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < q.options().size() - 1; i++) {
            if (rnd.nextDouble() < 0.4) {
                chosen.add(q.options().get(i).labels().get(lang));
            }
        }
        return chosen.isEmpty() ? q.options().get(q.options().size() - 1).labels().get(lang) : String.join("; ", chosen);
    }

}
