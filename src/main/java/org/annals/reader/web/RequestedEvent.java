package org.annals.reader.web;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.annals.event.EventDetails;
import org.annals.publication.PublishedEventQuery;

/**
 * The published event an event page's request names, read once per request: the missing-pages check, the first HTML's
 * copy and its link-preview tags all need it, and each would otherwise read it again. Kept as a request attribute.
 */
public final class RequestedEvent {

    private static final String ATTRIBUTE = RequestedEvent.class.getName();

    private RequestedEvent() {
    }

    /**
     * The event, from the request when read already; {@code get} and {@code set} are the request's attribute accessors.
     * Throws as {@link PublishedEventQuery#event} does (not found, moved, retracted).
     */
    public static EventDetails of(Function<String, Object> get, BiConsumer<String, Object> set, PublishedEventQuery published,
            String timelineSlug, String eventSlug) {
        if (get.apply(ATTRIBUTE) instanceof EventDetails read && read.timelineSlug().equals(timelineSlug)
                && read.slug().equals(eventSlug)) {
            return read;
        }
        EventDetails event = published.event(timelineSlug, eventSlug);
        set.accept(ATTRIBUTE, event);
        return event;
    }
}
