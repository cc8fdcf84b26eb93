package org.lexmaturity.web.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page's messages with arguments, formatted with ICU in the page's language: plurals ("1 act" / "2 acts") and
 * numbers ("2 400" in Finnish, "2,400" in English). Templates call {@code ${msg.of('key', 'count', n)}}; words
 * without arguments stay {@code ${t['key']}}.
 */
public record PageMessages(UiText text, String lang) {

    public String of(String key, String name, Object value) {
        return text.format(lang, key, Map.of(name, value));
    }

    public String of(String key, String name1, Object value1, String name2, Object value2) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(name1, value1);
        args.put(name2, value2);
        return text.format(lang, key, args);
    }

    public String of(String key, String name1, Object value1, String name2, Object value2, String name3, Object value3) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(name1, value1);
        args.put(name2, value2);
        args.put(name3, value3);
        return text.format(lang, key, args);
    }
}
