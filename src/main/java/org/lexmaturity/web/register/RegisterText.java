package org.lexmaturity.web.register;

import java.util.List;
import java.util.Map;

/** Texts of register entries in the page language: the title in that language, else in another one. */
public final class RegisterText {
    private RegisterText() {}

    public static String title(Map<String, String> texts, String lang) {
        String t = texts.get(lang);
        if (t != null && !t.isBlank()) {
            return t;
        }
        for (String other : List.of("fi", "sv", "en")) {
            t = texts.get(other);
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return "";
    }
}
