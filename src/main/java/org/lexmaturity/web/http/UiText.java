package org.lexmaturity.web.http;

import java.util.Map;
import org.lexmaturity.kernel.Messages;

/**
 * The words of the pages in Finnish, Swedish and English. Each feature keeps its own bundle,
 * {@code i18n/FEATURE.LANG.properties} (UTF-8), listed in {@code i18n/bundles} and read by {@link Messages};
 * templates read them as {@code ${t['key']}}. A key missing in Finnish or Swedish falls back to English, and a test
 * keeps the three complete. Immutable and thread-safe.
 */
public final class UiText {
    /** The list of page bundles. */
    public static final String BUNDLES = "i18n/bundles";
    private final Messages messages;

    private UiText(Messages messages) {
        this.messages = messages;
    }

    public static UiText load() {
        return new UiText(Messages.listed(BUNDLES));
    }

    /** Every word of one language; unknown languages get English. */
    public Map<String, String> words(String lang) {
        return messages.words(lang);
    }

    /** One word; the key itself when it is missing, so a gap shows on the page instead of hiding. */
    public String word(String lang, String key) {
        return messages.word(lang, key);
    }

    /** One message read as an ICU pattern, with named arguments ({@code {count, plural, ...}}) filled in. */
    public String format(String lang, String key, Map<String, ?> args) {
        return messages.format(lang, key, args);
    }

    /** The keys each language defines itself, without the fallback: for the completeness test. */
    public static Map<String, Map<String, String>> ownWords() {
        return Messages.ownWords(Messages.bundleNames(BUNDLES));
    }
}
