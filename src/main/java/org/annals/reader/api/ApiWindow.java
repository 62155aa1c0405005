package org.annals.reader.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.annals.event.EventItem;
import org.annals.event.EventWindow;
import org.jspecify.annotations.Nullable;

/**
 * A visual timeline's window in the public API: small items when few enough events match, otherwise counts per
 * bucket ({@code dense}). Each item carries its honest date label and the days it may cover (last day inclusive).
 */
public record ApiWindow(int total, boolean dense, String bucket, List<ApiItem> items, List<ApiDensityBar> buckets) {

    public record ApiItem(String slug, String headline, String display, String edtf, LocalDate earliest, LocalDate lastDay,
            boolean fuzzy, List<String> types, @Nullable String place, @Nullable Double latitude, @Nullable Double longitude,
            boolean sourcesDisagree, String permalink) {
    }

    public record ApiDensityBar(LocalDate start, LocalDate end, int count) {
    }

    static ApiWindow of(EventWindow window, String timelineSlug, String baseUrl, Locale locale) {
        List<ApiItem> items = window.items().stream().map(e -> item(e, timelineSlug, baseUrl, locale)).toList();
        List<ApiDensityBar> bars = window.density().stream()
                .map(d -> new ApiDensityBar(d.start(), window.bucket().after(d.start()).minusDays(1), d.count())).toList();
        return new ApiWindow(window.total(), window.dense(), window.bucket().name().toLowerCase(Locale.ROOT), items, bars);
    }

    private static ApiItem item(EventItem e, String timelineSlug, String baseUrl, Locale locale) {
        var point = e.place().point();
        return new ApiItem(e.slug(), e.headline(), e.dateLabel(locale), org.annals.event.EventDates.edtf(e.start(), e.end()),
                e.start().earliest(), e.lastDay(), e.fuzzy(), e.types().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList(),
                e.place().name(), point == null ? null : point.latitude(), point == null ? null : point.longitude(),
                e.sourcesDisagree(), baseUrl + "/timelines/" + timelineSlug + "/events/" + e.slug());
    }
}
