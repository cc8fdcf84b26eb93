package org.lexmaturity.kernel;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Words and messages in Finnish, Swedish and English, read from UTF-8 bundles {@code i18n/NAME.LANG.properties}.
 * A key missing in one language falls back to English (tests keep the three complete), and a key missing everywhere
 * comes back as the key itself, so a gap shows instead of hiding. {@link #format} reads a value as an ICU
 * MessageFormat pattern in the language's {@link Language#locale locale}:
 * {@code {count, plural, one{# organisaatio} other{# organisaatiota}}} picks the plural form and writes
 * "1 234" with the language's grouping. Immutable and thread-safe: a pattern is parsed per call, since ICU's
 * MessageFormat itself is not thread-safe.
 */
public final class Messages {
    private static final String FOLDER = "i18n/";
    private static final String FALLBACK = "en";
    private final Map<String, Map<String, String>> byLanguage;

    private Messages(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The named bundles together, e.g. {@code of("report")} for {@code i18n/report.fi.properties} and its siblings. */
    public static Messages of(String... bundles) {
        Map<String, Map<String, String>> own = ownWords(Arrays.asList(bundles));
        Map<String, Map<String, String>> withFallback = new HashMap<>();
        for (String lang : Language.ALL) {
            Map<String, String> words = new HashMap<>(own.get(FALLBACK));
            words.putAll(own.get(lang));
            withFallback.put(lang, Collections.unmodifiableMap(words));
        }
        return new Messages(Collections.unmodifiableMap(withFallback));
    }

    /** The bundles a list resource names, one a line ({@code #} starts a comment), e.g. {@code i18n/bundles}. */
    public static Messages listed(String listResource) {
        return of(bundleNames(listResource).toArray(String[]::new));
    }

    /** The bundle names in a list resource. */
    public static List<String> bundleNames(String listResource) {
        try (InputStream in = open(listResource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Messages: reading " + listResource, e);
        }
    }

    /** The keys each language defines itself in these bundles, without the fallback: for completeness tests. */
    public static Map<String, Map<String, String>> ownWords(List<String> bundles) {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (String lang : Language.ALL) {
            Map<String, String> words = new TreeMap<>();
            for (String bundle : bundles) {
                words.putAll(read(FOLDER + bundle + "." + lang + ".properties"));
            }
            all.put(lang, words);
        }
        return all;
    }

    /** Every word of one language, English filling its gaps; an unknown language gets English. */
    public Map<String, String> words(String lang) {
        return byLanguage.getOrDefault(lang, byLanguage.get(FALLBACK));
    }

    /** One word as written in the bundle, not read as a pattern; the key itself when it is missing. */
    public String word(String lang, String key) {
        return words(lang).getOrDefault(key, key);
    }

    /** The message {@code key} with numbered arguments ({@code {0}}, {@code {1, number}}) filled in. */
    public String format(String lang, String key, Object... args) {
        String pattern = words(lang).get(key);
        return pattern == null ? key : new MessageFormat(pattern, Language.locale(known(lang))).format(args);
    }

    /** The message {@code key} with named arguments ({@code {count}}, {@code {count, plural, ...}}) filled in. */
    public String format(String lang, String key, Map<String, ?> args) {
        String pattern = words(lang).get(key);
        return pattern == null ? key : new MessageFormat(pattern, Language.locale(known(lang))).format(args);
    }

    private String known(String lang) {
        return byLanguage.containsKey(lang) ? lang : FALLBACK;
    }

    private static Map<String, String> read(String resource) {
        Properties p = new Properties();
        try (InputStream in = open(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Messages: reading " + resource, e);
        }
        Map<String, String> out = new HashMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    private static InputStream open(String resource) {
        InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Messages: missing resource " + resource);
        }
        return in;
    }
}
