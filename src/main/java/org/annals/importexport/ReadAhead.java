package org.annals.importexport;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.annals.event.ImportedEvent;

/**
 * Reads the next chunks of a file on a thread of its own while the current one is written: reading and checking a
 * row costs the application about as much as PostgreSQL spends storing it (docs/benchmarks.md), and the two can run on
 * two cores at once. At most {@value #AHEAD} chunks wait, so memory stays bounded; a fault on either side stops both.
 */
final class ReadAhead {

    static final int AHEAD = 2;
    private static final List<ImportedEvent> END = List.of();

    private ReadAhead() {
    }

    /** Hands the chunks {@code reading} makes to {@code writing} on the caller's thread (and its transaction). */
    static void chunks(Consumer<Consumer<List<ImportedEvent>>> reading, Consumer<List<ImportedEvent>> writing) {
        BlockingQueue<List<ImportedEvent>> queue = new ArrayBlockingQueue<>(AHEAD);
        RuntimeException[] failed = {null};
        Thread reader = Thread.ofPlatform().name("import-read-ahead").daemon().start(() -> {
            try {
                reading.accept(chunk -> {
                    try {
                        queue.put(chunk);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new Stopped();
                    }
                });
            } catch (Stopped stopped) {
                return;
            } catch (RuntimeException e) {
                failed[0] = e;
            } catch (Error e) {
                failed[0] = new IllegalStateException(e);
            }
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            for (List<ImportedEvent> chunk = take(queue); chunk != END; chunk = take(queue)) {
                writing.accept(chunk);
            }
            join(reader);
            if (failed[0] != null) {
                throw failed[0];
            }
        } finally {
            reader.interrupt();
        }
    }

    private static List<ImportedEvent> take(BlockingQueue<List<ImportedEvent>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        }
    }

    /** The writing side stopped: the reading ends without a fault of its own. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
