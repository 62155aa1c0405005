package org.annals.event;

import java.util.List;
import java.util.function.Consumer;

/**
 * The events of an import, handed over a chunk at a time while the file is read: an export of hundreds of thousands of
 * rows is never held whole in memory.
 */
@FunctionalInterface
public interface ImportedEventChunks {

    void forEachChunk(Consumer<List<ImportedEvent>> chunk);
}
