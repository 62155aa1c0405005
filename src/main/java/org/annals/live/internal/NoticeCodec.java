package org.annals.live.internal;

import java.util.Optional;
import org.annals.live.LiveNotice;
import org.annals.live.NoticeKind;

/**
 * Notices on the wire: tab-separated fields, tabs and newlines in text replaced by spaces. PostgreSQL limits a
 * NOTIFY payload to 8000 bytes; a notice is a few dozen.
 */
public final class NoticeCodec {

    public static final int MAX_DETAIL = 1000;

    private NoticeCodec() {
    }

    public static String encode(LiveNotice notice) {
        String detail = clean(notice.detail());
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
        return notice.kind().name() + '\t' + notice.timelineId() + '\t' + notice.eventId() + '\t' + clean(notice.user())
                + '\t' + detail;
    }

    public static Optional<LiveNotice> decode(String payload) {
        String[] parts = payload.split("\t", 5);
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            // a kind this instance does not announce itself (a newer instance's, in a rolling upgrade) decodes too:
            // nobody here listens for it
            return Optional.of(new LiveNotice(NoticeKind.named(parts[0]), Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]), parts[3], parts[4]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
