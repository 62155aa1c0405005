package org.annals.notes;

import org.annals.live.NoticeKind;

/** The live notices the annotation module announces. */
public final class AnnotationNotices {

    /** A note or reply was posted, edited, deleted, resolved, reopened or published ({@code detail}: thread id). */
    public static final NoticeKind NOTE = NoticeKind.named("NOTE");
    /** Someone's inbox changed ({@code user} is the owner). */
    public static final NoticeKind INBOX = NoticeKind.named("INBOX");

    private AnnotationNotices() {
    }
}
