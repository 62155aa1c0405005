package org.annals.importexport;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.annals.shared.InvalidInputException;

/**
 * Refuses a CSV row longer than {@link #MAX_ROW} characters as the text passes, before a parser holds it: a quote
 * never closed, or a file that is one endless line, would otherwise make one "field" of hundreds of megabytes. It
 * follows quoting as CSV does (a doubled quote inside a quoted field opens and closes again), so line breaks inside a
 * quoted field belong to its row.
 */
final class RowLengthGuard extends FilterReader {

    /** Far beyond any real row (ACLED's notes are a few thousand characters), far below what would strain memory. */
    static final int MAX_ROW = 1 << 20;

    private boolean quoted;
    private int rowLength;
    private long line = 1;
    private long rowStartsOn = 1;

    RowLengthGuard(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            pass((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        int read = super.read(into, offset, length);
        for (int i = offset; i < offset + read; i++) {
            pass(into[i]);
        }
        return read;
    }

    private void pass(char c) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\n') {
            line++;
            if (!quoted) {
                rowLength = 0;
                rowStartsOn = line;
                return;
            }
        }
        if (++rowLength > MAX_ROW) {
            String on = String.format(Locale.ROOT, "%,d", rowStartsOn);
            String most = String.format(Locale.ROOT, "%,d", MAX_ROW);
            throw new InvalidInputException("file", "The row that starts on line " + on + " is longer than " + most
                    + " characters, the most one row may hold (a quote left open, or not a CSV file); nothing was imported.",
                    "import.refusal.rowTooLong", on, most);
        }
    }

    @Override
    public boolean markSupported() {
        return false; // what passed once is counted once
    }
}
