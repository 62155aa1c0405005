package org.annals.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

/** A wrong public address stops the start with a message naming the setting, rather than writing broken links. */
class PublicBaseUrlTest {

    private static PublicBaseUrl of(String value) {
        return new PublicBaseUrl(new MockEnvironment().withProperty(PublicBaseUrl.PROPERTY, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"annals.example.org", "ftp://annals.example.org", "https://", "https://annals.example.org/?x=1",
            "https://user@annals.example.org", "https://annals.example.org/#top", "https://exa mple.org"})
    void an_address_that_is_not_a_plain_web_address_is_refused_naming_the_setting(String value) {
        assertThatThrownBy(() -> of(value).check()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(PublicBaseUrl.PROPERTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://annals.example.org", "https://annals.example.org/", " http://localhost:8080 "})
    void a_web_address_is_used_without_its_trailing_slash(String value) {
        PublicBaseUrl base = of(value);
        base.check();
        assertThat(base.get()).doesNotEndWith("/").matches("https?://[a-z.]+(:\\d+)?");
    }
}
