package org.annals.live.internal;

import java.util.Optional;
import org.annals.live.LiveNotice;

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
            return Optional.of(new LiveNotice(LiveNotice.Kind.valueOf(parts[0]), Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]), parts[3], parts[4]));
        } catch (IllegalArgumentException e) {
            // a notice from a newer instance during a rolling upgrade: not ours to understand
            return Optional.empty();
        }
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
