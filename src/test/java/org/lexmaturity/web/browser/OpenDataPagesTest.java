package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The researchers' pages in a browser: a Linked Data resource page reached by following its IRI, the vocabulary and
 * the open-data page, each axe-clean in Finnish and English.
 */
class OpenDataPagesTest {
    static Browser browser;

    @BeforeAll
    static void open() {
        browser = Browser.start(DemoSite.base());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void followingABarrierIriLeadsToItsDocumentPage() {
        browser.open("/language/en?back=/id/barrier/B-001");
        assertThat(browser.currentPath()).isEqualTo("/doc/barrier/B-001");
        assertThat(browser.find(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.text()).contains("B-001");
        browser.assertAccessible();
        browser.open("/language/fi?back=/doc/barrier/B-001");
        browser.assertAccessible();
    }

    @Test
    void theVocabularyAndTheOpenDataPagePassTheAccessibilityCheck() {
        for (String lang : new String[] {"fi", "en"}) {
            browser.open("/language/" + lang + "?back=/ns");
            assertThat(browser.text()).contains("Barrier");
            browser.assertAccessible();
            browser.open("/language/" + lang + "?back=/data");
            assertThat(browser.text()).contains("lexmaturity-public.trig").contains("lexmaturity-public.nq.gz");
            browser.assertAccessible();
        }
    }
}
