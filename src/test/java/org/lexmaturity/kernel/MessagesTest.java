package org.lexmaturity.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every bundle, of the pages and of the documents alike, speaks Finnish, Swedish and English with the same keys and
 * patterns ICU can read; and a plural message picks the form and writes the number each language's way.
 */
class MessagesTest {
    /** The lists of bundles the tool ships: the pages' and the reports' and charts'. */
    private static final List<String> LISTS = List.of("i18n/bundles", "i18n/documents");
    private static final String NBSP = "\u00A0";

    @Test
    void everyBundleHasEveryKeyInEveryLanguage() {
        for (String list : LISTS) {
            for (String bundle : Messages.bundleNames(list)) {
                Map<String, Map<String, String>> own = Messages.ownWords(List.of(bundle));
                TreeSet<String> all = new TreeSet<>();
                own.values().forEach(words -> all.addAll(words.keySet()));
                for (String lang : Language.ALL) {
                    TreeSet<String> missing = new TreeSet<>(all);
                    missing.removeAll(own.get(lang).keySet());
                    assertThat(missing).as("keys of %s missing in %s", bundle, lang).isEmpty();
                    assertThat(own.get(lang).entrySet()).as("empty values in %s.%s", bundle, lang).noneMatch(e -> e.getValue().isBlank());
                }
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Map<String, String> home = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (String list : LISTS) {
            for (String bundle : Messages.bundleNames(list)) {
                for (String key : Messages.ownWords(List.of(bundle)).get("en").keySet()) {
                    String before = home.put(key, bundle);
                    if (before != null) {
                        twice.add(key + " in " + before + " and " + bundle);
                    }
                }
            }
        }
        assertThat(twice).as("a later bundle would silently replace the earlier one's value").isEmpty();
    }

    @Test
    void everyValueIsAnIcuPattern() {
        List<String> broken = new ArrayList<>();
        for (String list : LISTS) {
            Map<String, Map<String, String>> own = Messages.ownWords(Messages.bundleNames(list));
            own.forEach((lang, words) -> words.forEach((key, value) -> {
                try {
                    new MessageFormat(value, Language.locale(lang));
                } catch (IllegalArgumentException e) {
                    broken.add(lang + " " + key + ": " + e.getMessage());
                }
            }));
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void aPluralPicksTheFormAndGroupsTheNumberByLanguage() {
        Messages m = Messages.of("messages-test");
        String key = "test.organisations";
        assertThat(m.format("fi", key, Map.of("count", 1))).isEqualTo("1 organisaatio");
        assertThat(m.format("fi", key, Map.of("count", 2))).isEqualTo("2 organisaatiota");
        assertThat(m.format("fi", key, Map.of("count", 1234))).isEqualTo("1" + NBSP + "234 organisaatiota");
        assertThat(m.format("sv", key, Map.of("count", 1))).isEqualTo("1 organisation");
        assertThat(m.format("sv", key, Map.of("count", 0))).isEqualTo("0 organisationer");
        assertThat(m.format("sv", key, Map.of("count", 1234))).isEqualTo("1" + NBSP + "234 organisationer");
        assertThat(m.format("en", key, Map.of("count", 1))).isEqualTo("1 organisation");
        assertThat(m.format("en", key, Map.of("count", 2))).isEqualTo("2 organisations");
        assertThat(m.format("en", key, Map.of("count", 1234))).isEqualTo("1,234 organisations");
    }

    @Test
    void numbersFollowTheLanguageAndGapsFallBackToEnglish() {
        Messages m = Messages.of("messages-test");
        assertThat(m.format("fi", "test.share", 0.25)).isEqualTo("Osuus 25" + NBSP + "%");
        assertThat(m.format("en", "test.share", 0.25)).isEqualTo("Share 25%");
        assertThat(m.word("fi", "test.onlyInEnglish")).isEqualTo("Only in English");
        assertThat(m.format("de", "test.organisations", Map.of("count", 3))).isEqualTo("3 organisations");
        assertThat(m.format("fi", "no.such.key", Map.of())).isEqualTo("no.such.key");
        assertThat(m.word("sv", "no.such.key")).isEqualTo("no.such.key");
    }
}
