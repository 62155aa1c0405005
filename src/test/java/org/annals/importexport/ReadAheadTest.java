package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.Place;
import org.annals.event.PlacePrecision;
import org.annals.shared.UncertainDate;
import org.junit.jupiter.api.Test;

/** The next chunks are read while one is written: in order, with a fault on either side stopping both. */
class ReadAheadTest {

    @Test
    void every_chunk_arrives_in_order_on_the_writers_thread() {
        List<String> written = new ArrayList<>();
        Thread caller = Thread.currentThread();
        ReadAhead.chunks(read -> {
            for (int i = 0; i < 50; i++) {
                read.accept(List.of(event("R" + i)));
            }
        }, chunk -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            written.add(chunk.getFirst().externalRef());
        });
        assertThat(written).hasSize(50).startsWith("R0", "R1").endsWith("R49");
    }

    @Test
    void a_fault_while_reading_reaches_the_writer_after_what_was_read_before_it() {
        List<String> written = new ArrayList<>();
        assertThatThrownBy(() -> ReadAhead.chunks(read -> {
            read.accept(List.of(event("R0")));
            throw new IllegalArgumentException("row 7 unreadable");
        }, chunk -> written.add(chunk.getFirst().externalRef()))).hasMessage("row 7 unreadable");
        assertThat(written).containsExactly("R0");
    }

    @Test
    void a_fault_while_writing_stops_the_reading() {
        AtomicInteger read = new AtomicInteger();
        assertThatThrownBy(() -> ReadAhead.chunks(reading -> {
            for (int i = 0; i < 1_000_000; i++) {
                read.incrementAndGet();
                reading.accept(List.of(event("R" + i)));
            }
        }, chunk -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        // the reader waits at most the chunks queued ahead, then stops instead of reading the whole file
        assertThat(read.get()).isLessThanOrEqualTo(ReadAhead.AHEAD + 2);
    }

    private static ImportedEvent event(String ref) {
        return new ImportedEvent(ref, null, new EventContent("Event " + ref, null, UncertainDate.day(LocalDate.of(2022, 3, 1)),
                null, null, new Place(null, null, PlacePrecision.NONE), Set.of(EventType.MILITARY), Set.of(), Confidence.UNVERIFIED),
                List.of(), List.of(), List.of(), EventStatus.DRAFT);
    }
}
