package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lexmaturity.web.http.PageMessages;
import org.lexmaturity.web.http.UiText;

/** Page texts with counts are ICU messages: the right plural and the language's number format, as a reader expects. */
class PageMessagesTest {
    private static final UiText TEXT = UiText.load();

    @Test
    void countsTakeTheRightPluralInEachLanguage() {
        assertThat(new PageMessages(TEXT, "en").of("register.due.in", "0", 1)).isEqualTo("Due in 1 day.");
        assertThat(new PageMessages(TEXT, "en").of("register.due.in", "0", 3)).isEqualTo("Due in 3 days.");
        assertThat(new PageMessages(TEXT, "fi").of("register.due.in", "0", 1)).isEqualTo("Tavoitepäivään on 1 päivä.");
        assertThat(new PageMessages(TEXT, "fi").of("register.due.in", "0", 3)).isEqualTo("Tavoitepäivään on 3 päivää.");
        assertThat(new PageMessages(TEXT, "sv").of("register.due.in", "0", 1)).isEqualTo("Det är 1 dag till måldatumet.");
        assertThat(new PageMessages(TEXT, "en").of("acts.job.summary", "acts", 1, "files", 2, "replaced", 0))
                .isEqualTo("1 act imported from 2 files; 0 of them replaced an earlier import.");
    }

    @Test
    void numbersAreWrittenAsTheLanguageWritesThem() {
        assertThat(new PageMessages(TEXT, "en").of("acts.list.range", "0", 51, "1", 100, "2", 35176)).isEqualTo("Acts 51–100 of 35,176");
        assertThat(new PageMessages(TEXT, "fi").of("acts.list.range", "0", 51, "1", 100, "2", 35176)).isEqualTo("Säädökset 51–100, yhteensä 35\u00A0176");
    }
}
