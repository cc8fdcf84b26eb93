package org.lexmaturity.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words of the pages in Finnish, Swedish and English. Each feature keeps its own bundle,
 * {@code i18n/FEATURE.LANG.properties} (UTF-8), listed in {@code i18n/bundles}; templates read them as
 * {@code ${t['key']}}. A key missing in Finnish or Swedish falls back to English, and a test keeps the three complete.
 */
public final class UiText {
    private static final String FOLDER = "i18n/";
    private final Map<String, Map<String, String>> byLanguage;

    private UiText(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static UiText load() {
        Map<String, Map<String, String>> all = ownWords();
        Map<String, Map<String, String>> withFallback = new HashMap<>();
        for (String lang : UiLanguage.LANGUAGES) {
            Map<String, String> words = new LinkedHashMap<>(all.get("en"));
            words.putAll(all.get(lang));
            withFallback.put(lang, Collections.unmodifiableMap(words));
        }
        return new UiText(withFallback);
    }

    /** Every word of one language; unknown languages get English. */
    public Map<String, String> words(String lang) {
        return byLanguage.getOrDefault(lang, byLanguage.get("en"));
    }

    /** One word; the key itself when it is missing, so a gap shows on the page instead of hiding. */
    public String word(String lang, String key) {
        return words(lang).getOrDefault(key, key);
    }

    /** The keys each language defines itself, without the fallback: for the completeness test. */
    public static Map<String, Map<String, String>> ownWords() {
        List<String> bundles = lines(FOLDER + "bundles");
        Map<String, Map<String, String>> all = new HashMap<>();
        for (String lang : UiLanguage.LANGUAGES) {
            Map<String, String> words = new TreeMap<>();
            for (String bundle : bundles) {
                words.putAll(read(FOLDER + bundle + "." + lang + ".properties"));
            }
            all.put(lang, words);
        }
        return all;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static Map<String, String> read(String resource) {
        Properties p = new Properties();
        try (InputStream in = open(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        Map<String, String> out = new HashMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    private static InputStream open(String resource) {
        InputStream in = UiText.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing UI text resource " + resource);
        }
        return in;
    }
}
