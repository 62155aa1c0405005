package org.annals.importexport;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.annals.shared.InvalidInputException;

/**
 * Refuses a CSV row longer than {@link #MAX_ROW} characters as the text passes, before a parser holds it: a quote
 * never closed, or a file that is one endless line, would otherwise make one "field" of hundreds of megabytes. It reads
 * quoting as the parser does: a quote opens a field only at the field's start (after spaces), a doubled quote inside
 * a quoted field is a quote, a line break inside one belongs to its row; CR, LF and CRLF all end a row. The delimiter
 * is told from the first line as {@code CsvRows} tells it (until then, both "," and ";" separate fields).
 */
final class RowLengthGuard extends FilterReader {

    /** Far beyond any real row (ACLED's notes are a few thousand characters), far below what would strain memory. */
    static final int MAX_ROW = 1 << 20;

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private State state = State.FIELD_START;
    private int rowLength;
    private long line = 1;
    private long rowStartsOn = 1;
    private boolean afterCarriageReturn;
    /** 0 until the first line has ended; then the delimiter it used. */
    private char delimiter;
    private int commas;
    private int semicolons;
    private int tabs;

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
        boolean lineBreak = c == '\n' || c == '\r';
        if (lineBreak) {
            boolean crlf = c == '\n' && afterCarriageReturn;
            afterCarriageReturn = c == '\r';
            if (crlf) {
                return; // the second half of one line break
            }
            line++;
            if (delimiter == 0) {
                delimiter = CsvRows.delimiter(commas, semicolons, tabs);
            }
            if (state != State.QUOTED) {
                state = State.FIELD_START;
                rowLength = 0;
                rowStartsOn = line;
                return;
            }
        } else {
            afterCarriageReturn = false;
            if (delimiter == 0) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
            state = next(state, c);
        }
        if (++rowLength > MAX_ROW) {
            String on = String.format(Locale.ROOT, "%,d", rowStartsOn);
            String most = String.format(Locale.ROOT, "%,d", MAX_ROW);
            throw new InvalidInputException("file", "The row that starts on line " + on + " is longer than " + most
                    + " characters, the most one row may hold (a quote left open, or not a CSV file); nothing was imported.",
                    "import.refusal.rowTooLong", on, most);
        }
    }

    private State next(State now, char c) {
        boolean separates = delimiter == 0 ? c == ',' || c == ';' || c == '\t' : c == delimiter;
        return switch (now) {
            case FIELD_START -> c == '"' ? State.QUOTED : separates || c == ' ' ? State.FIELD_START : State.UNQUOTED;
            case UNQUOTED -> separates ? State.FIELD_START : State.UNQUOTED;
            case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            // a doubled quote is a quote; otherwise the field has closed (what may follow is the parser's to judge)
            case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : separates ? State.FIELD_START : State.UNQUOTED;
        };
    }

    @Override
    public boolean markSupported() {
        return false; // what passed once is counted once
    }
}
