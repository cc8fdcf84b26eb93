package org.lexmaturity.register;

import java.util.List;
import java.util.Map;

/**
 * A barrier or measure as the user gave it — a spreadsheet row or a JSON body — before any check: texts per
 * language and the other fields as strings. {@link EntryChecker} turns it into a {@link Barrier} or
 * {@link Measure} or says exactly what is wrong.
 *
 * @param fields single-valued fields by name (theme, barrier_type, severity, ministry, action, status,
 *               status_history, owner, target_date, amending_act)
 * @param lists  list fields by name (provisions, life_events, supported_by, addresses)
 */
public record RawEntry(String id, String place, Map<String, String> title, Map<String, String> description,
                       Map<String, String> fields, Map<String, List<String>> lists) {

    public String field(String name) {
        String v = fields.get(name);
        return v == null ? "" : v.strip();
    }

    public List<String> list(String name) {
        return lists.getOrDefault(name, List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
