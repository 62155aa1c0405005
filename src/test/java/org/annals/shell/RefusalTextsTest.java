package org.annals.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Set;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;
import org.annals.shared.UncertainDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the refusals the services write in English (dates, texts, an event's content) carry a key whose Ukrainian
 * text exists and fills in every value — so a Ukrainian screen never shows them in English or with a bare "{1}".
 */
class RefusalTextsTest {

    private final Translations translations = new Translations();

    @ParameterizedTest
    @ValueSource(strings = {" ", "2023-13", "2023-02-30", "2023-21", "0000", "2022?", "2022/..", "2022-04-02~/2023",
            "2023/2022", "yesterday", "2022-04~", "123456789012345678901234567890123456789012345"})
    void every_refused_date_reads_in_ukrainian(String text) {
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> UncertainDate.parse(text)));
    }

    @Test
    void refused_texts_and_event_contents_read_in_ukrainian() {
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> PlainText.required("headline", " ", 10)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> PlainText.required("headline", "x".repeat(11), 10)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> PlainText.required("headline", "<b>x</b>", 10)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> PlainText.required("headline", "a\u0000b", 10)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> new EventContent("Strike", null,
                UncertainDate.parse("2023-06"), null, Place.UNKNOWN, Set.of(), Set.of(), Confidence.VERIFIED)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> new EventContent("Strike", null,
                UncertainDate.parse("2023-06"), UncertainDate.parse("2022"), Place.UNKNOWN, Set.of(EventType.MILITARY),
                Set.of(), Confidence.VERIFIED)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> new EventContent("Strike", null,
                UncertainDate.parse("2023-06"), null, Place.UNKNOWN, Set.of(EventType.MILITARY), Set.of("no_underscores"),
                Confidence.VERIFIED)));
    }

    private void assertUkrainian(InvalidInputException refusal) {
        assertThat(refusal).isNotNull();
        assertThat(refusal.key()).as(refusal.getMessage()).isNotNull();
        String ukrainian = translations.getTranslation(refusal.key(), Locale.forLanguageTag("uk"), refusal.args());
        assertThat(ukrainian).as(refusal.key()).doesNotStartWith("!").doesNotContain("{").matches(".*[А-Яа-яІіЇїЄєҐґ].*");
        // the English text of the key is the message itself (English screens show the message)
        if (!refusal.key().startsWith("form.text.")) {
            assertThat(translations.getTranslation(refusal.key(), Locale.ENGLISH, refusal.args())).isEqualTo(refusal.getMessage());
        }
    }
}
