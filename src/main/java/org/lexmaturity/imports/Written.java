package org.lexmaturity.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What writing one unit did.
 *
 * @param items    distinct things written, each by a key that stays the same across units (an act's IRI, a survey's
 *                 id, a register entry's id), so that a unit repeating an earlier one counts once
 * @param replaced of those, the ones that were in the store before this import
 * @param counts   figures of this kind of import ("responses", "answers", "barriers"), summed over the units
 * @param notices  what the user should know of what was written, one line each ("171/2019 18 § 3 mom.: no text in
 *                 sv"); a line repeated by a later unit is kept once
 */
public record Written(Set<String> items, Set<String> replaced, Map<String, Integer> counts, List<String> notices) {
    public Written {
        items = Set.copyOf(items);
        replaced = Set.copyOf(replaced);
        counts = Map.copyOf(counts);
        notices = List.copyOf(notices);
    }

    public Written(Set<String> items, Set<String> replaced, Map<String, Integer> counts) {
        this(items, replaced, counts, List.of());
    }

    public static Written one(String item, boolean replaced, Map<String, Integer> counts) {
        return new Written(Set.of(item), replaced ? Set.of(item) : Set.of(), counts);
    }
}
