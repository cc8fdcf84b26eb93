package org.lexmaturity.statutes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.store.Store;

/**
 * Every act's number, ministries and titles, newest first: what the acts list sorts and filters by. Built by one query
 * and kept until the next commit, since sorting the whole statute book by year and number in SPARQL took most of a
 * second on every page (35,176 acts), while this index answers a page, a count or a filter in milliseconds.
 */
final class ActIndex {
    /** One act: its IRI, "906/2019", year and number to sort by, its ministries' IRIs, its titles lower-cased. */
    record Entry(String iri, String local, int year, int number, Set<String> ministries, List<String> titles) {
        boolean matches(String titleContains, String ministryIri) {
            if (!ministryIri.isEmpty() && !ministries.contains(ministryIri)) {
                return false;
            }
            return titleContains.isEmpty() || local.equals(titleContains) || titles.stream().anyMatch(t -> t.contains(titleContains));
        }
    }

    /** Newest first: year, then number, both descending; then the IRI, so that the order is total. */
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingInt(Entry::year).reversed()
            .thenComparing(Comparator.comparingInt(Entry::number).reversed()).thenComparing(Entry::iri);

    private final List<Entry> entries;

    private ActIndex(List<Entry> entries) {
        this.entries = entries;
    }

    static ActIndex read(Store store) {
        Map<String, Entry> byAct = new LinkedHashMap<>();
        for (Sparql.Row r : store.read(dsg -> Sparql.select(dsg, "list-act-index"))) {
            String act = r.string("act");
            Entry e = byAct.computeIfAbsent(act, a -> new Entry(a, r.string("local"), digits(r.string("local").replaceAll("^.*/", "")),
                    digits(r.string("number")), new LinkedHashSet<>(), new ArrayList<>()));
            if (!r.string("ministry").isEmpty()) {
                e.ministries().add(r.string("ministry"));
            }
            String title = r.string("title").toLowerCase(Locale.ROOT);
            if (!title.isEmpty() && !e.titles().contains(title)) {
                e.titles().add(title);
            }
        }
        List<Entry> sorted = new ArrayList<>(byAct.values());
        sorted.sort(NEWEST_FIRST);
        return new ActIndex(List.copyOf(sorted));
    }

    /** The acts whose title contains {@code titleContains} (lower case) or whose number it is, of the ministry; "" for any. */
    List<Entry> matching(String titleContains, String ministryIri) {
        if (titleContains.isEmpty() && ministryIri.isEmpty()) {
            return entries;
        }
        return entries.stream().filter(e -> e.matches(titleContains, ministryIri)).toList();
    }

    /** The ministries responsible for some act, with how many acts each. */
    Map<String, Long> ministries() {
        Map<String, Long> out = new TreeMap<>();
        entries.forEach(e -> e.ministries().forEach(m -> out.merge(m, 1L, Long::sum)));
        return out;
    }

    /** The number in a string's digits ("12 a" → 12); 0 when it has none. */
    private static int digits(String s) {
        String d = s.replaceAll("[^0-9]", "");
        if (d.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(d);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
