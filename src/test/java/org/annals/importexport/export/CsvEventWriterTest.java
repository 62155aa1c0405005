package org.annals.importexport.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvEventWriterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain                  | plain
            with, comma            | `"with, comma"`
            say "no"               | `"say ""no"""`
            =HYPERLINK("x")        | `"'=HYPERLINK(""x"")"`
            +1                     | '+1
            -2                     | '-2
            @SUM(A1)               | '@SUM(A1)
            """)
    void cells_are_quoted_as_rfc_4180_says_and_never_run_as_formulas(String value, String cell) {
        assertThat(CsvEventWriter.cell(value)).isEqualTo(cell);
    }
}
