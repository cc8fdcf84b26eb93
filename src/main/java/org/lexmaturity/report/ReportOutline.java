package org.lexmaturity.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The headings of a report as every writer renders them: levels clamped to 1–3 and never deeper than one below the
 * previous heading (a skipped level breaks screen-reader navigation and PDF/UA), each with a unique anchor id.
 */
final class ReportOutline {

    /** One heading: its block, the level to render (1–3), its text and its anchor. */
    record Entry(ReportDocument.Heading heading, int level, String text, String id) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Map<ReportDocument.Heading, Entry> byHeading = new IdentityHashMap<>();

    ReportOutline(ReportDocument doc) {
        int previous = 0;
        Set<String> ids = new HashSet<>();
        for (ReportDocument.Block b : doc.blocks()) {
            if (b instanceof ReportDocument.Heading h) {
                int level = Math.max(1, Math.min(3, Math.min(h.level(), previous + 1)));
                previous = level;
                String text = ReportLanguage.nullToEmpty(h.text()).strip();
                String base = slug(text);
                String id = base;
                for (int i = 2; !ids.add(id); i++) {
                    id = base + "-" + i;
                }
                Entry e = new Entry(h, level, text, id);
                entries.add(e);
                byHeading.put(h, e);
            }
        }
    }

    List<Entry> entries() {
        return entries;
    }

    Entry of(ReportDocument.Heading h) {
        return byHeading.get(h);
    }

    /** "Esteet teemoittain" → "esteet-teemoittain"; letters outside ASCII lose their accents (ä → a). */
    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 48) {
            s = s.substring(0, 48).replaceAll("-+$", "");
        }
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "s-" + s : s;
    }
}
