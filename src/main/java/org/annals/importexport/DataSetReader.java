package org.annals.importexport;

import static org.annals.importexport.CsvRows.blank;
import static org.annals.importexport.CsvRows.value;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annals.event.ImportedEvent;
import org.annals.shared.InvalidInputException;
import org.annals.shared.Wording;
import org.apache.commons.csv.CSVRecord;

/**
 * A data set's CSV export (ACLED, UCDP GED) read as draft events, a row at a time and a chunk at a time: each row makes
 * an event or is refused with its reason (an empty row, an id seen before, a value the data set does not write), and
 * the reading goes on. What is refused is counted and the first reasons kept ({@link #problems()}); who wants every
 * refused row is told of each ({@link #tellRefusedRows}).
 */
abstract class DataSetReader {

    /** Each row that makes no event: its line in the file, its id in the data set (if any) and why. */
    @FunctionalInterface
    interface RefusedRows {
        void refused(long line, String eventId, Wording reason);
    }

    private ImportProblems problems = new ImportProblems();
    private RefusedRows refusedRows = (line, eventId, reason) -> { };
    private volatile int rowsRead;

    /** Each row of the file; the file's own faults (its columns, quoting, encoding, size) refuse it. */
    abstract void rows(Reader csv, Consumer<CSVRecord> each);

    /** The column holding the row's id in the data set. */
    abstract String idColumn();

    /** The row's event; a refusal says what in the row is wrong. */
    abstract ImportedEvent event(CSVRecord row);

    /** A first reading some data sets need before the events (ACLED's actor kinds); none by default. */
    void learnKinds(Supplier<Reader> source) {
    }

    /** What of a row tells, when its id comes again, what kind of repetition it is ({@link #idTwice}). */
    long signature(CSVRecord row) {
        return 0;
    }

    /** The refusal of a row whose id came before. */
    InvalidInputException idTwice(long earlier, long row) {
        return new InvalidInputException(idColumn(), "the event id appears twice", "import.refusal.idTwice");
    }

    void tellRefusedRows(RefusedRows sink) {
        this.refusedRows = sink;
    }

    /**
     * Hands over the events of the rows that make one, {@code chunkSize} at a time (the last chunk may be smaller);
     * every other row is a problem, counted in {@link #problems()}. How many rows were read; {@link #rowsRead()} says
     * it as the reading goes.
     */
    int events(Supplier<Reader> source, int chunkSize, Consumer<List<ImportedEvent>> chunks) {
        // per id, what tells its kind of repetition (hashed: a big export has hundreds of thousands of ids)
        Map<String, Long> seen = new HashMap<>();
        List<ImportedEvent> chunk = new ArrayList<>(Math.min(chunkSize, 10_000));
        rowsRead = 0;
        problems = new ImportProblems();
        rows(source.get(), row -> {
            rowsRead++;
            if (blank(row)) {
                // a line of separators only, as a spreadsheet leaves below its data: counted, never made an event
                Wording empty = Wording.of("the row is empty", "import.refusal.emptyRow");
                problems.add(() -> ImportProblems.at(where(row), empty));
                refusedRows.refused(row.getRecordNumber() + 1, "", empty);
                return;
            }
            try {
                Long earlier = seen.putIfAbsent(value(row, idColumn()), signature(row));
                if (earlier != null) {
                    throw idTwice(earlier, signature(row));
                }
                ImportedEvent event = event(row);
                if (chunkSize != Integer.MAX_VALUE) {
                    chunk.add(event);
                }
            } catch (InvalidInputException e) {
                problems.add(() -> ImportProblems.at(where(row), e));
                refusedRows.refused(row.getRecordNumber() + 1, value(row, idColumn()), Wording.of(e));
            }
            if (chunk.size() == chunkSize) {
                chunks.accept(List.copyOf(chunk));
                chunk.clear();
            }
        });
        if (rowsRead == 0) {
            throw new InvalidInputException("file", "The export has no rows", "import.refusal.noRows");
        }
        if (!chunk.isEmpty()) {
            chunks.accept(List.copyOf(chunk));
        }
        return rowsRead;
    }

    /** The rows read so far by the reading under way (or the last one). */
    int rowsRead() {
        return rowsRead;
    }

    /** The problems of the last reading of events: every row that makes no event, the first ones with their place. */
    ImportProblems problems() {
        return problems;
    }

    private Wording where(CSVRecord row) {
        return Wording.of("row " + (row.getRecordNumber() + 1) + " (" + value(row, idColumn()) + ")",
                "import.where.row", row.getRecordNumber() + 1, value(row, idColumn()));
    }
}
