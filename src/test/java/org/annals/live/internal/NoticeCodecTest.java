package org.annals.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.live.LiveNotice;
import org.annals.live.NoticeKind;
import org.junit.jupiter.api.Test;

/** Notices survive the wire, kinds stay comparable with {@code ==}, and what is not a notice is dropped. */
class NoticeCodecTest {

    @Test
    void a_notice_comes_back_as_it_was_sent_with_the_same_kind() {
        NoticeKind saved = NoticeKind.named("TEST_SAVED");
        LiveNotice sent = new LiveNotice(saved, 7, 42, "ed", "3");

        LiveNotice received = NoticeCodec.decode(NoticeCodec.encode(sent)).orElseThrow();

        assertThat(received).isEqualTo(sent);
        assertThat(received.kind()).isSameAs(saved);
    }

    @Test
    void a_kind_nobody_here_announces_still_decodes_and_matches_the_one_defined_later() {
        LiveNotice received = NoticeCodec.decode("TEST_FROM_A_NEWER_INSTANCE\t1\t2\tann\t").orElseThrow();

        assertThat(received.kind()).isSameAs(NoticeKind.named("TEST_FROM_A_NEWER_INSTANCE"));
        assertThat(received.kind()).isNotSameAs(NoticeKind.RESYNC);
    }

    @Test
    void tabs_and_newlines_in_text_cannot_break_the_fields() {
        LiveNotice sent = new LiveNotice(NoticeKind.PRESENCE, 1, 2, "a\tb", "line\nbreak");

        LiveNotice received = NoticeCodec.decode(NoticeCodec.encode(sent)).orElseThrow();

        assertThat(received.user()).isEqualTo("a b");
        assertThat(received.detail()).isEqualTo("line break");
    }

    @Test
    void what_is_not_a_notice_is_dropped() {
        assertThat(NoticeCodec.decode("just text")).isEmpty();
        assertThat(NoticeCodec.decode("lower_case\t1\t2\tu\td")).isEmpty();
        assertThat(NoticeCodec.decode("NOTE\tone\t2\tu\td")).isEmpty();
    }
}
