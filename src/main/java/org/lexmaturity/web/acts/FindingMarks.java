package org.lexmaturity.web.acts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lexmaturity.maturity.MaturityService.FindingView;
import org.lexmaturity.screening.Indicator;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.statutes.ProvisionLabels;
import org.lexmaturity.statutes.StatuteCatalog.Provision;

/**
 * An act's screening findings laid over its text for the act page: each provision text cut into plain runs and
 * marked runs (indicator, polarity, the finding's number in the list), an anchor per provision and language, and
 * the numbered list of findings that links to those anchors. Overlapping matches: the first one is marked, the
 * later one is still listed.
 */
final class FindingMarks {
    /** A run of provision text; {@code number} 0 means not marked. */
    record Segment(String text, int number, String polarity, String indicator, String polarityLabel) {
        public boolean plain() {
            return number == 0;
        }
    }

    /** One finding in the list below the text. */
    record Item(int number, String provision, String provisionLabel, String anchor, String language, String indicator,
                String polarity, String polarityLabel, String text, int start, int end) {}

    private final Map<String, String> eIds = new HashMap<>();
    private final Map<String, List<Item>> byText = new HashMap<>();
    private final List<Item> items = new ArrayList<>();

    FindingMarks(List<Provision> parts, List<FindingView> findings, IndicatorRules rules, Map<String, String> polarityLabels, String lang) {
        index(parts);
        List<FindingView> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((FindingView f) -> order(f.provision().getURI())).thenComparing(FindingView::language)
                .thenComparingInt(FindingView::start));
        int n = 0;
        for (FindingView f : sorted) {
            Indicator indicator = rules.byCode(f.indicator()).orElse(null);
            // a mitigated barrier is marked as the mitigator's kind: shown, not counted
            String polarity = f.mitigated() ? "mitigator" : indicator == null ? "barrier" : indicator.polarity().code();
            String iri = f.provision().getURI();
            String label = (indicator == null ? f.indicator() : indicator.label(lang))
                    + f.inheritedFrom().map(from -> " (" + ProvisionLabels.of(from.getURI(), lang) + ")").orElse("");
            Item item = new Item(++n, iri, ProvisionLabels.of(iri, lang), anchorOf(iri, f.language()), f.language(), label, polarity, polarityLabels.getOrDefault(polarity, polarity), f.text(),
                    f.start(), f.end());
            items.add(item);
            byText.computeIfAbsent(iri + "|" + f.language(), k -> new ArrayList<>()).add(item);
        }
    }

    private final Map<String, Integer> order = new HashMap<>();

    private int order(String iri) {
        return order.getOrDefault(iri, Integer.MAX_VALUE);
    }

    private void index(List<Provision> parts) {
        for (Provision p : parts) {
            eIds.put(p.iri(), p.eId() == null || p.eId().isBlank() ? Integer.toHexString(p.iri().hashCode()) : p.eId());
            order.put(p.iri(), order.size());
            index(p.children());
        }
    }

    List<Item> items() {
        return items;
    }

    /** The id of a provision's text in one language: what the list links to. */
    public String anchor(Provision p, String language) {
        return anchorOf(p.iri(), language);
    }

    public String anchorOf(String iri, String language) {
        return "p-" + eIds.getOrDefault(iri, Integer.toHexString(iri.hashCode())) + "-" + language;
    }

    /** "#p-…-fi" for a provision of this act in its Finnish text, else empty (a link then goes nowhere). */
    public String link(String iri) {
        return eIds.containsKey(iri) ? "#" + anchorOf(iri, "fi") : "";
    }

    /** The text of a provision in one language as plain and marked runs. */
    public List<Segment> of(Provision p, String language) {
        String text = p.text(language);
        List<Item> marks = byText.getOrDefault(p.iri() + "|" + language, List.of());
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Item item : marks) {
            int[] span = span(text, item, at);
            if (span == null) {
                continue; // overlaps the mark before it, or the text has changed since screening
            }
            if (span[0] > at) {
                out.add(new Segment(text.substring(at, span[0]), 0, "", "", ""));
            }
            out.add(new Segment(text.substring(span[0], span[1]), item.number(), item.polarity(), item.indicator(), item.polarityLabel()));
            at = span[1];
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), 0, "", "", ""));
        }
        return out;
    }

    /** Where the item's match is in the text: its stored offsets when they still hold, else its first occurrence from {@code from}. */
    private static int[] span(String text, Item item, int from) {
        if (item.start() >= from && item.end() <= text.length() && item.start() < item.end()
                && text.substring(item.start(), item.end()).equals(item.text())) {
            return new int[] {item.start(), item.end()};
        }
        int i = item.text().isEmpty() ? -1 : text.indexOf(item.text(), from);
        return i < 0 ? null : new int[] {i, i + item.text().length()};
    }
}
