package org.annals.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Set;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.event.EventStatus;
import org.annals.event.EventWorkflow;
import org.annals.publication.EventFilterParams;
import org.annals.event.PlacePrecision;
import org.annals.event.WorkflowAction;
import org.annals.event.WorkflowViolationException;
import org.annals.notes.TextQuote;
import org.annals.shared.GeoPoint;
import org.annals.shared.InvalidInputException;
import org.annals.shared.Refusal;
import org.annals.source.SourceInput;
import org.annals.timeline.NewTimeline;
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
    @ValueSource(strings = {" ", "2023-13", "2023-02-30", "2023-21-05", "0000", "2022?", "2022/..", "2022-04-02~/2023",
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

    @Test
    void refused_steps_and_inputs_of_the_desk_read_in_ukrainian() {
        for (WorkflowAction action : WorkflowAction.values()) {
            assertUkrainian(catchThrowableOfType(WorkflowViolationException.class,
                    () -> EventWorkflow.next(EventStatus.MERGED, action)));
        }
        // the status inside the sentence reads in Ukrainian too
        WorkflowViolationException step = catchThrowableOfType(WorkflowViolationException.class,
                () -> EventWorkflow.next(EventStatus.PUBLISHED, WorkflowAction.SUBMIT));
        assertThat(translations.getTranslation(step.key(), Locale.forLanguageTag("uk"), step.args())).contains("«опубліковано»");
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> new GeoPoint(91, 0)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> new GeoPoint(0, -181)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> new Place("Kyiv", null, PlacePrecision.EXACT)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> new Place("Kyiv", new GeoPoint(50, 30), PlacePrecision.NONE)));
        for (String url : new String[] {" ", "ftp://example.org/a", "http://" + "x".repeat(2001), "http://exa mple.org/"}) {
            assertUkrainian(catchThrowableOfType(InvalidInputException.class,
                    () -> new SourceInput(url, null, null, null, null, null)));
        }
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> new TextQuote("", "", "")));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> new TextQuote("x".repeat(1001), "", "")));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class,
                () -> new NewTimeline("Not A Slug", "War", null, org.annals.timeline.Visibility.PUBLIC)));
    }

    @Test
    void dates_given_by_their_days_and_markdown_texts_read_in_ukrainian() {
        java.time.LocalDate day = java.time.LocalDate.of(2023, 6, 1);
        assertUkrainian(catchThrowableOfType(InvalidInputException.class,
                () -> new UncertainDate(day, day.minusDays(1), org.annals.shared.DatePrecision.RANGE, day)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class,
                () -> new UncertainDate(day, day.plusDays(2), org.annals.shared.DatePrecision.APPROXIMATE, day.plusDays(5))));
        for (org.annals.shared.DatePrecision precision : java.util.EnumSet.complementOf(
                java.util.EnumSet.of(org.annals.shared.DatePrecision.APPROXIMATE))) {
            assertUkrainian(catchThrowableOfType(InvalidInputException.class,
                    () -> new UncertainDate(day.plusDays(1), day.plusDays(1).plusYears(2), precision, day.plusDays(2))));
        }
        assertUkrainian(catchThrowableOfType(InvalidInputException.class,
                () -> UncertainDate.between(day, day.minusDays(3))));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class,
                () -> org.annals.shared.MarkdownText.validate("summary", "<script>x</script>", 100)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class,
                () -> org.annals.shared.MarkdownText.validate("summary", "a\u0000b", 100)));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class,
                () -> org.annals.shared.MarkdownText.validate("summary", "x".repeat(101), 100)));
    }

    @Test
    void a_damaged_links_values_read_in_ukrainian() {
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> EventFilterParams.day("from", "2022-13-01")));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> EventFilterParams.day("to", "12022-01-01")));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> EventFilterParams.flag("disagree", "maybe")));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> EventFilterParams.types(java.util.List.of("war"))));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> EventFilterParams.area("1,2,3")));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> EventFilterParams.area("91,0,92,1")));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> EventFilterParams.search("x".repeat(201))));
        assertUkrainian(catchThrowableOfType(InvalidInputException.class, () -> EventFilterParams.words("actor", "a\u0000")));
    }

    /** Every refusal key the code names has its English text (and so, by TranslationsTest, its Ukrainian one). */
    @Test
    void every_refusal_key_in_the_code_has_a_text() throws java.io.IOException {
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("\"((?:[a-z]+\\.(?:refusal|bulk\\.reason|uncertain|problem|where|text)|link)\\.[A-Za-z.]*[A-Za-z])\"");
        java.util.List<String> keys = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher m = named.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(50);
        for (String key : keys) {
            assertThat(translations.getTranslation(key, Locale.ENGLISH)).as(key).doesNotStartWith("!");
        }
    }

    private void assertUkrainian(Refusal refusal) {
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
