package org.annals.importexport.export;

import java.io.IOException;
import org.annals.event.EventDetails;

/** Writes events one at a time to an output in some format; nothing is held back, so any number fits in memory. */
public interface EventWriter extends AutoCloseable {

    void write(EventDetails event) throws IOException;

    /** Finishes the document (closing brackets, flushing). */
    @Override
    void close() throws IOException;
}
