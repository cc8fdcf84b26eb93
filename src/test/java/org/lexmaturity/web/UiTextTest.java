package org.lexmaturity.web;

import org.lexmaturity.web.http.UiText;
import org.lexmaturity.web.http.UiLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The pages speak Finnish, Swedish and English alike: no bundle may leave a language behind. */
class UiTextTest {
    @Test
    void everyLanguageHasEveryWord() {
        Map<String, Map<String, String>> own = UiText.ownWords();
        TreeSet<String> all = new TreeSet<>();
        own.values().forEach(words -> all.addAll(words.keySet()));
        for (String lang : UiLanguage.LANGUAGES) {
            TreeSet<String> missing = new TreeSet<>(all);
            missing.removeAll(own.get(lang).keySet());
            assertThat(missing).as("words missing in %s", lang).isEmpty();
            assertThat(own.get(lang).entrySet()).as("empty words in %s", lang).noneMatch(e -> e.getValue().isBlank());
        }
    }

    @Test
    void aWordIsLookedUpInTheChosenLanguage() {
        UiText text = UiText.load();
        assertThat(text.word("fi", "nav.acts")).isEqualTo("Säädökset");
        assertThat(text.word("sv", "nav.acts")).isEqualTo("Författningar");
        assertThat(text.word("en", "nav.acts")).isEqualTo("Statutes");
        assertThat(text.word("de", "nav.acts")).isEqualTo("Statutes");
        assertThat(text.word("fi", "no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void theLanguageSwitchReturnsOnlyToPagesOfThisSite() {
        assertThat(UiLanguage.localPath("/acts?q=1")).isEqualTo("/acts?q=1");
        assertThat(UiLanguage.localPath("//evil.example/")).isEqualTo("/");
        assertThat(UiLanguage.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(UiLanguage.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(UiLanguage.localPath(null)).isEqualTo("/");
    }
}
