package org.lexmaturity.web;

import java.util.List;
import java.util.Map;

/** Texts of register entries in the page language: the title in that language, else in another one. */
final class RegisterText {
    private RegisterText() {}

    static String title(Map<String, String> texts, String lang) {
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
