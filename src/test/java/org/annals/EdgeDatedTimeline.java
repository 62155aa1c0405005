package org.annals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventEditingService;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.Place;
import org.annals.security.SystemActor;
import org.annals.shared.InvalidInputException;
import org.annals.shared.UncertainDate;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;

/**
 * Test set-up for "one odd date must not take a page down": a public timeline whose events are dated anywhere in the
 * years 1–9999 (the edges every run, and dates generated from a fixed seed, so a failure names its EDTF and repeats),
 * headlined "Dated {edtf}".
 */
public final class EdgeDatedTimeline {

    public static final String SLUG = "dates-at-the-edges";
    /** Edges every run checks, besides the generated dates. */
    public static final List<String> EDGES = List.of("0001-01-01", "0001-01-15", "0001", "0001-01", "0001-XX-XX",
            "9999-12-31", "9999-12-20", "9999", "9999-12", "9999-12-XX", "0001-01-01/9999-12-31", "0001/9999",
            "0001-01-02~", "9999-12-30~", "0099-12-31", "0100-01-01", "0999-06-15/1000-06-15");

    private EdgeDatedTimeline() {
    }

    /** EDTF dates of every form Annals stores, years 1–9999 with the edges weighted in; invalid ones left out. */
    public static List<String> dates() {
        // seeded: the same dates every run, so a failure names its EDTF and repeats
        Random random = new Random(20261205L);
        int[] edgeYears = {1, 2, 99, 100, 999, 1000, 1582, 1970, 2000, 9998, 9999};
        IntSupplier year = () -> random.nextInt(3) == 0 ? 1 + random.nextInt(9999) : edgeYears[random.nextInt(edgeYears.length)];
        Supplier<LocalDate> day = () -> {
            YearMonth month = YearMonth.of(year.getAsInt(), 1 + random.nextInt(12));
            return month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        };
        List<Supplier<String>> forms = List.of(
                () -> day.get().toString(),
                () -> day.get() + "~",
                () -> YearMonth.from(day.get()).toString(),
                () -> YearMonth.from(day.get()) + "-XX",
                () -> String.format("%04d", year.getAsInt()),
                () -> String.format("%04d-XX-XX", year.getAsInt()),
                () -> {
                    LocalDate a = day.get();
                    LocalDate b = day.get();
                    return a.isBefore(b) ? a + "/" + b : b + "/" + a;
                });
        Set<String> dates = new LinkedHashSet<>(EDGES);
        for (int i = 0; i < 60; i++) {
            dates.add(forms.get(random.nextInt(forms.size())).get());
        }
        return dates.stream().filter(EdgeDatedTimeline::valid).toList();
    }

    private static boolean valid(String edtf) {
        try {
            UncertainDate.parse(edtf);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** Publishes the timeline once (later calls find it there). */
    public static void ensure(TimelineService timelines, EventEditingService editing) {
        SystemActor.run(() -> {
            if (timelines.find(SLUG).isPresent()) {
                return null;
            }
            timelines.create(new NewTimeline(SLUG, "Dates at the edges", null, Visibility.PUBLIC));
            int n = 0;
            for (String edtf : dates()) {
                n++;
                UncertainDate start = UncertainDate.parse(edtf.contains("/") ? edtf.substring(0, edtf.indexOf('/')) : edtf);
                UncertainDate end = edtf.contains("/") ? UncertainDate.parse(edtf.substring(edtf.indexOf('/') + 1)) : null;
                editing.importEvent(SLUG, new ImportedEvent("E" + n, "edge-" + n, new EventContent("Dated " + edtf,
                        "An event dated " + edtf + ".", start, end, Place.UNKNOWN, Set.of(EventType.DIPLOMATIC),
                        Set.of("edge"), Confidence.VERIFIED), List.of(), List.of(), List.of(), EventStatus.PUBLISHED));
            }
            return null;
        });
    }
}
