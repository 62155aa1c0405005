package org.annals.importexport.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.annals.shared.SpreadsheetText;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a citation's "what it supports" and quote come back from Annals' CSV exactly as written — pipes, line
 * breaks, backslashes and a leading apostrophe before a formula's sign included.
 */
class CitationLineTest {

    @Test
    void pipes_line_breaks_and_backslashes_in_a_quote_survive_and_old_lines_still_read() {
        String quote = "He said \"a|b\"\nthen C:\\temp | and left";
        String line = CitationLine.write("https://example.org/a", "agrees", "the a|b claim", quote);
        assertThat(line).doesNotContain("\n");
        assertThat(CitationLine.parts(line)).containsExactly("https://example.org/a", "agrees", "the a|b claim", quote);
        // written before the escapes: the quote took every pipe after the third
        assertThat(CitationLine.parts("https://example.org/a | context | venue | x | y")).containsExactly(
                "https://example.org/a", "context", "venue", "x | y");
    }

    @Property(tries = 300)
    void any_supports_and_quote_come_back(@ForAll @StringLength(max = 60) String supports, @ForAll @StringLength(max = 60) String quote) {
        List<String> parts = CitationLine.parts(CitationLine.write("https://example.org/x", "agrees", supports, quote));
        assertThat(parts).hasSize(4);
        assertThat(parts.get(2)).isEqualTo(supports.replace("\r\n", "\n").replace('\r', '\n').strip());
        assertThat(parts.get(3)).isEqualTo(quote.replace("\r\n", "\n").replace('\r', '\n').strip());
    }

    @Property(tries = 300)
    void a_guarded_cell_never_runs_as_a_formula_and_reads_back_as_it_was(@ForAll @StringLength(max = 12) String value) {
        String cell = SpreadsheetText.guard(value);
        assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).isTrue();
        assertThat(SpreadsheetText.unguard(cell)).isEqualTo(value);
    }

    @Test
    void values_that_begin_with_the_guards_own_apostrophe_keep_it() {
        for (String value : List.of("=1+1", "'=1+1", "''=1+1", "-3", "'-3", "'hello", "'", "plain")) {
            assertThat(SpreadsheetText.unguard(SpreadsheetText.guard(value))).as(value).isEqualTo(value);
        }
    }
}
