package org.annals.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Before <script>alert(1)</script> after",
            "Before <iframe src='https://evil.example'></iframe> after",
            "Before <img src=x onerror=alert(1)> after",
            "Before [click](javascript:alert(1)) after",
            "Before <SCRIPT>alert(1) after",
            "Before <div style='x'>boxed</div> after"})
    void unsafe_html_is_stripped_and_the_rest_of_the_text_kept(String markdown) {
        MarkdownText.Cleaned cleaned = MarkdownText.stripUnsafe(markdown);

        assertThat(cleaned.changed()).isTrue();
        assertThat(cleaned.markdown()).startsWith("Before").doesNotContainIgnoringCase("script").doesNotContain("onerror");
        assertThat(MarkdownText.validate("summary", cleaned.markdown(), 10_000)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](javascript:alert(1))", "[x](JavaScript:alert(document.cookie))", "[x]( javascript:void(0) )",
            "[x](<javascript:alert(1)>)", "[x](data:text/html,<b>hi</b>)", "[x](vbscript:msgbox(1))"})
    void a_script_link_goes_whole_and_only_its_text_stays(String link) {
        MarkdownText.Cleaned cleaned = MarkdownText.stripUnsafe("Before " + link + " after");

        assertThat(cleaned.markdown()).isEqualTo("Before x after");
        assertThat(MarkdownText.toSafeHtml(cleaned.markdown())).doesNotContain("href");
    }

    @Test
    void markdown_without_html_is_left_alone_and_rendered_safely() {
        String markdown = "**Bold**, a [link](https://kyivindependent.com) and `code`.";

        assertThat(MarkdownText.stripUnsafe(markdown).changed()).isFalse();
        assertThat(MarkdownText.toSafeHtml(markdown)).contains("<strong>Bold</strong>", "href=\"https://kyivindependent.com\"");
    }

    @Test
    void the_service_rule_still_refuses_unsafe_html() {
        assertThatThrownBy(() -> MarkdownText.validate("summary", "<script>x</script>", 100))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not allowed");
    }

    @Test
    void a_nul_character_is_refused_with_a_message_not_left_to_the_database() {
        assertThatThrownBy(() -> MarkdownText.validate("summary", "Before\u0000after", 100))
                .isInstanceOf(InvalidInputException.class).hasMessage("Summary contains a NUL character");
        assertThat(MarkdownText.validate("summary", "Line one\r\nline two\ttabbed", 100)).isNotNull();
    }
}
