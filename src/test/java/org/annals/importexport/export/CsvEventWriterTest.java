package org.annals.importexport.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvEventWriterTest {

    @Test
    void cells_are_quoted_as_rfc_4180_says() {
        assertThat(CsvEventWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvEventWriter.cell("with, comma")).isEqualTo("\"with, comma\"");
        assertThat(CsvEventWriter.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvEventWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void cells_never_run_as_spreadsheet_formulas() {
        assertThat(CsvEventWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvEventWriter.cell("+1")).isEqualTo("'+1");
        assertThat(CsvEventWriter.cell("-2")).isEqualTo("'-2");
        assertThat(CsvEventWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvEventWriter.cell("\tcmd")).isEqualTo("'\tcmd");
    }
}
