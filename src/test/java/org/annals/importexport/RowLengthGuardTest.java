package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.annals.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The row length guard reads quoting as the CSV parser does, so it neither refuses good files nor lets a bad one by. */
class RowLengthGuardTest {

    private static final String MANY_SHORT_ROWS = "x,y,z\n".repeat(250_000); // 1.5 MB in rows of six characters

    @Test
    void a_quote_inside_an_unquoted_field_is_a_character_and_the_rows_after_it_are_rows() throws IOException {
        assertThat(readAll("id,weapon,notes\n1,12\" gun,fired\n" + MANY_SHORT_ROWS)).isGreaterThan(RowLengthGuard.MAX_ROW);
    }

    @Test
    void doubled_quotes_and_line_breaks_inside_a_quoted_field_stay_in_its_row() throws IOException {
        assertThat(readAll("id;notes\n1;\"He said \"\"enough\"\"\nand left\"\n" + MANY_SHORT_ROWS.replace(',', ';')))
                .isGreaterThan(RowLengthGuard.MAX_ROW);
    }

    @Test
    void old_mac_line_ends_end_rows_too() throws IOException {
        assertThat(readAll("a,b\r" + MANY_SHORT_ROWS.replace('\n', '\r'))).isGreaterThan(RowLengthGuard.MAX_ROW);
        assertThat(readAll("a,b\r\n" + MANY_SHORT_ROWS.replace("\n", "\r\n"))).isGreaterThan(RowLengthGuard.MAX_ROW);
    }

    @Test
    void a_quote_left_open_after_a_stray_one_is_refused_naming_the_line_its_row_starts_on() {
        String csv = "id,weapon,notes\n1,12\" gun,fired\n2,mortar,\"never closed\n" + MANY_SHORT_ROWS;

        assertThatThrownBy(() -> readAll(csv)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The row that starts on line 3 is longer than 1,048,576 characters");
    }

    @Test
    void one_endless_line_is_refused_as_line_one() {
        assertThatThrownBy(() -> readAll("a," + "b".repeat(RowLengthGuard.MAX_ROW))).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The row that starts on line 1 ");
    }

    private static long readAll(String text) throws IOException {
        long read = 0;
        try (Reader guard = new RowLengthGuard(new StringReader(text))) {
            char[] buffer = new char[8192];
            for (int n = guard.read(buffer); n > 0; n = guard.read(buffer)) {
                read += n;
            }
        }
        return read;
    }
}
