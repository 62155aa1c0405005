package org.annals.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Issue 15: the steps' messages, stored in English, read in Ukrainian in the history (the editor's words kept). */
class HistoryMessagesTest {

    private static String read(String message, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return HistoryMessages.read(message, (key, values) -> {
            String bundle = key.startsWith("relation.") ? "vaadin-i18n.translations" : "desk-i18n.editor";
            String pattern = ResourceBundle.getBundle(bundle, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return values.length == 0 ? pattern : new MessageFormat(pattern, locale).format(values);
        });
    }

    @Test
    void the_steps_read_in_ukrainian_with_the_editors_words_as_written() {
        assertThat(read("Submitted for review: ready {0} 'now'", "uk")).isEqualTo("Подано на перевірку: ready {0} 'now'");
        assertThat(read("Approved as a minor change: typo", "uk")).isEqualTo("Схвалено як незначну зміну: typo");
        assertThat(read("Approved", "uk")).isEqualTo("Схвалено");
        assertThat(read("Restored revision 3", "uk")).isEqualTo("Відновлено ревізію 3");
        assertThat(read("Related: follows event 12", "uk")).isEqualTo("Зв’язок із подією 12: «слідує за»");
        assertThat(read("Merged into event 7: same strike", "uk")).isEqualTo("Об’єднано з подією 7: same strike");
        assertThat(read("Created", "uk")).isEqualTo("Створено");
    }

    @Test
    void english_reads_as_stored_and_an_editors_own_message_is_kept() {
        for (String stored : new String[] {"Submitted for review: ready", "Approved: fixed the date", "Related: led to event 4",
                "Discarded the pending correction", "Retracted: wrong place"}) {
            assertThat(read(stored, "en")).isEqualTo(stored);
        }
        assertThat(read("Fixed the casualty figure", "uk")).isEqualTo("Fixed the casualty figure");
    }
}
