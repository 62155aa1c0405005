package org.annals.notes;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One note or reply as the team sees it. {@code bodyHtml} is the sanitised rendering; a deleted note keeps its place
 * in the thread with an empty body (its text stays in the history). {@code orphaned}: the quoted passage or the
 * citation is no longer in the event. {@code visibilityBy}: who made it public, proposed it, or made it team-only again.
 */
public record Note(long id, long eventId, @Nullable Long threadId, String author, String body, String bodyHtml,
        Anchor anchor, boolean orphaned, NoteVisibility visibility, @Nullable String visibilityBy, boolean resolved, @Nullable String resolvedBy,
        boolean deleted, boolean edited, Set<String> mentions, Instant createdAt, long version) {

    public boolean isThread() {
        return threadId == null;
    }
}
