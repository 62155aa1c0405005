package org.annals.event.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}, the fastest way to write many rows: an import of a
 * whole ACLED export writes hundreds of thousands. Every text is quoted, so an empty text stays empty and an unquoted
 * empty field is NULL; arrays are written as array literals, their elements quoted and escaped.
 */
final class CopyRows {

    private final StringBuilder csv = new StringBuilder();
    private boolean rowStarted;
    private int rows;

    CopyRows text(@Nullable String value) {
        separate();
        if (value != null) {
            quoted(value);
        }
        return this;
    }

    /** A number, a date or another value whose text form PostgreSQL reads as it is; null for NULL. */
    CopyRows value(@Nullable Object value) {
        separate();
        if (value != null) {
            csv.append(value);
        }
        return this;
    }

    CopyRows array(Collection<String> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (String element : elements) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(element.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return text(literal.append('}').toString());
    }

    CopyRows endRow() {
        csv.append('\n');
        rowStarted = false;
        rows++;
        return this;
    }

    int rows() {
        return rows;
    }

    /** Writes the rows into {@code table}'s {@code columns} on the transaction's connection. */
    void copyInto(Connection connection, String table, String columns) {
        if (rows == 0) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin (format csv)", new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not write the rows of " + table + ": " + e.getMessage(), e);
        }
    }

    private void separate() {
        if (rowStarted) {
            csv.append(',');
        }
        rowStarted = true;
    }

    private void quoted(String value) {
        csv.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
