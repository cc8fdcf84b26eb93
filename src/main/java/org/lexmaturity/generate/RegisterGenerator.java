package org.lexmaturity.generate;

import java.util.LinkedHashMap;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a barrier register workbook (sheets Barriers and Measures, the columns {@code import barriers} reads):
 * each barrier points at a generated section that holds a planted barrier of its kind, names the survey answers
 * that cite that section, and has a dated status history; each measure addresses one to three barriers.
 */
final class RegisterGenerator {
    static final LocalDate AS_OF = LocalDate.of(2025, 11, 20);
    private static final String[] BARRIER_COLUMNS = {"id", "title_fi", "title_sv", "title_en", "description_fi", "description_sv",
            "theme", "barrier_type", "provisions", "severity", "life_events", "ministry", "action", "status", "status_history", "supported_by"};
    private static final String[] MEASURE_COLUMNS = {"id", "title_fi", "title_sv", "title_en", "addresses", "owner", "target_date", "status",
            "status_history"};
    private static final String[] BARRIER_PATH = {"identified", "assessed", "proposed", "in-drafting", "enacted", "resolved"};
    private static final String[] MEASURE_STATUS = {"planned", "in-progress", "delayed", "completed", "cancelled"};
    private static final String[] ACTIONS = {"repeal", "amend", "clarify", "new-legal-basis", "guidance"};
    private static final String[] LIFE_EVENTS = {"birth-of-child", "starting-school", "studying", "moving", "moving-abroad", "job-loss",
            "starting-business", "serious-illness", "retirement", "death-and-inheritance"};
    /** The signing minister's Finnish title → the ministry code (the demo acts' signers). */
    private static final Map<String, String> MINISTRY_OF_SIGNER = Map.ofEntries(
            Map.entry("Elinkeinoministeri", "TEM"), Map.entry("Työministeri", "TEM"), Map.entry("Liikenne- ja viestintäministeri", "LVM"),
            Map.entry("Maa- ja metsätalousministeri", "MMM"), Map.entry("Oikeusministeri", "OM"), Map.entry("Opetusministeri", "OKM"),
            Map.entry("Tiede- ja kulttuuriministeri", "OKM"), Map.entry("Sisäministeri", "SM"), Map.entry("Sosiaali- ja terveysministeri", "STM"),
            Map.entry("Valtiovarainministeri", "VM"), Map.entry("Ympäristö- ja ilmastoministeri", "YM"));

    private final Random rnd;

    RegisterGenerator(Random rnd) {
        this.rnd = rnd;
    }

    /** Returns how many barriers were written (fewer than asked only when the acts hold fewer barrier sites). */
    int write(Path file, int barriers, int measures, List<BarrierSite> sites, List<SurveyGenerator.Support> supports) throws IOException {
        List<BarrierSite> chosen = new ArrayList<>(sites);
        Collections.shuffle(chosen, rnd);
        chosen = chosen.subList(0, Math.min(barriers, chosen.size()));
        Map<BarrierSite, List<String>> support = supports.stream().collect(Collectors.groupingBy(SurveyGenerator.Support::site,
                LinkedHashMap::new, Collectors.mapping(SurveyGenerator.Support::answer, Collectors.toList())));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            StableWorkbook.fixProperties(wb, "Synthetic barrier register (lexmaturity generate)", "lexmaturity generate", AS_OF);
            Sheet bs = header(wb.createSheet("Barriers"), BARRIER_COLUMNS);
            for (int i = 0; i < chosen.size(); i++) {
                barrierRow(bs.createRow(i + 1), i + 1, chosen.get(i), support.getOrDefault(chosen.get(i), List.of()));
            }
            Sheet ms = header(wb.createSheet("Measures"), MEASURE_COLUMNS);
            for (int i = 0; i < (chosen.isEmpty() ? 0 : measures); i++) {
                measureRow(ms.createRow(i + 1), i + 1, chosen);
            }
            StableWorkbook.save(wb, file, AS_OF);
        }
        return chosen.size();
    }

    private void barrierRow(Row row, int n, BarrierSite site, List<String> supportedBy) {
        String[] t = BarrierKinds.KIND_TEXT.get(site.kind());
        GeneratedAct a = site.act();
        String where = a.title().fi() + " (" + a.id() + ") " + site.section().number() + " §";
        String whereSv = site.section().number() + " § (" + a.id() + ")";
        List<String> history = history(BARRIER_PATH, 1 + rnd.nextInt(BARRIER_PATH.length), rnd.nextDouble() < 0.05 ? "rejected" : null);
        List<String> events = new ArrayList<>();
        for (int k = rnd.nextInt(3); k > 0; k--) {
            String e = LIFE_EVENTS[rnd.nextInt(LIFE_EVENTS.length)];
            if (!events.contains(e)) {
                events.add(e);
            }
        }
        String[] values = {barrierId(n), t[0] + ": " + where, t[1] + ": " + whereSv, t[2] + ": " + a.id() + " s. " + site.section().number(),
                t[3], t[4], BarrierKinds.THEME.get(site.kind()), BarrierKinds.BARRIER_TYPE.get(site.kind()), site.reference(), null,
                String.join("; ", events), MINISTRY_OF_SIGNER.getOrDefault(a.signer().fi(), "VM"), ACTIONS[rnd.nextInt(ACTIONS.length)],
                last(history), String.join("; ", history), String.join("; ", supportedBy.stream().distinct().limit(5).toList())};
        for (int i = 0; i < values.length; i++) {
            if (i == 9) {
                row.createCell(i).setCellValue(1 + rnd.nextInt(5));
            } else if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    private void measureRow(Row row, int n, List<BarrierSite> barriers) {
        int first = rnd.nextInt(barriers.size());
        List<String> addresses = new ArrayList<>();
        for (int k = 0, count = 1 + rnd.nextInt(3); k < count && first + k < barriers.size(); k++) {
            addresses.add(barrierId(first + k + 1));
        }
        BarrierSite site = barriers.get(first);
        String[] t = BarrierKinds.MEASURE_TEXT.get(site.kind());
        String status = MEASURE_STATUS[rnd.nextInt(MEASURE_STATUS.length)];
        List<String> history = status.equals("planned") ? history(new String[] {"planned"}, 1, null)
                : history(new String[] {"planned", status}, 2, null);
        String[] values = {String.format("M-%04d", n), t[0] + " (" + site.act().id() + ")", t[1] + " (" + site.act().id() + ")",
                t[2] + " (" + site.act().id() + ")", String.join("; ", addresses), MINISTRY_OF_SIGNER.getOrDefault(site.act().signer().fi(), "VM"),
                AS_OF.plusDays(rnd.nextInt(3 * 365) - 365).toString(), status, String.join("; ", history)};
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** The first {@code steps} statuses of {@code path} (then {@code end}, if given), dated forwards up to {@link #AS_OF}. */
    private List<String> history(String[] path, int steps, String end) {
        List<String> out = new ArrayList<>();
        LocalDate day = AS_OF.minusDays(700 + rnd.nextInt(300));
        for (int i = 0; i < steps; i++) {
            out.add(day + " " + path[i]);
            day = day.plusDays(1 + rnd.nextInt(110));
        }
        if (end != null) {
            out.add(day + " " + end);
        }
        return out;
    }

    private static String last(List<String> history) {
        String h = history.get(history.size() - 1);
        return h.substring(h.indexOf(' ') + 1);
    }

    static String barrierId(int n) {
        return String.format("B-%04d", n);
    }

    private static Sheet header(Sheet sheet, String[] columns) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            row.createCell(i).setCellValue(columns[i]);
        }
        return sheet;
    }
}
