package org.annals.importexport.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.annals.event.CitationView;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventSort;
import org.annals.security.SystemActor;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;

/** What the round-trip tests share: an export fetched as a reader would, a fresh timeline, its events by slug. */
final class RoundTrips {

    private RoundTrips() {
    }

    static HttpResponse<byte[]> export(int port, String slug, String format) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/timelines/" + slug + "/export?format=" + format)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A new private timeline, its slug {@code prefix} and a random tail. */
    static String fresh(TimelineService timelines, String prefix, String title) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> timelines.create(new NewTimeline(slug, title, null, Visibility.PRIVATE)));
        return slug;
    }

    /** The timeline's events (at most 1,000), by slug. */
    static Map<String, EventDetails> events(EventEditingService editing, String timeline) {
        Map<String, EventDetails> all = new HashMap<>();
        SystemActor.run(() -> editing.rows(timeline, EventFilter.ALL, EventSort.DATE_ASC, 0, 1_000)).forEach(row -> {
            EventDetails event = SystemActor.run(() -> editing.get(row.id()));
            all.put(event.slug(), event);
        });
        return all;
    }

    /** A citation as one comparable line: address, publisher, title, stance, what it supports, quote. */
    static String citation(CitationView c) {
        return c.source().url() + " | " + c.source().publisher() + " | " + c.source().title() + " | " + c.stance() + " | "
                + c.supports() + " | " + c.quote();
    }
}
