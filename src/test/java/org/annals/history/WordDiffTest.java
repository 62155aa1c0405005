package org.annals.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.history.WordDiff.Kind;
import org.annals.history.WordDiff.Run;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marks_the_words_that_changed_and_keeps_the_rest_whole() {
        assertThat(WordDiff.between("Aid convoy reaches Kherson", "Aid convoy reaches Kherson oblast")).containsExactly(
                new Run(Kind.SAME, "Aid convoy reaches Kherson"), new Run(Kind.ADDED, " oblast"));
        assertThat(WordDiff.between("Talks in Istanbul on 16 May.", "Talks in Ankara on 16 May.")).containsExactly(
                new Run(Kind.SAME, "Talks in "), new Run(Kind.REMOVED, "Istanbul"), new Run(Kind.ADDED, "Ankara"),
                new Run(Kind.SAME, " on 16 May."));
    }

    @Test
    void a_changed_phrase_reads_as_the_old_phrase_then_the_new_one() {
        assertThat(WordDiff.between("Talks in Istanbul, Turkey on 16 May.", "Talks in Ankara, Türkiye on 16 May.")).containsExactly(
                new Run(Kind.SAME, "Talks in "), new Run(Kind.REMOVED, "Istanbul, Turkey"), new Run(Kind.ADDED, "Ankara, Türkiye"),
                new Run(Kind.SAME, " on 16 May."));
    }

    @Test
    void a_text_rewritten_almost_whole_reads_as_the_old_text_then_the_new_one() {
        String before = "Putin's address came before dawn on 24 Feb";
        String after = "Russian forces crossed into Ukraine before dawn";
        assertThat(WordDiff.between(before, after)).containsExactly(new Run(Kind.REMOVED, before), new Run(Kind.ADDED, after));
    }

    @Test
    void reads_words_in_any_script() {
        assertThat(WordDiff.between("Звільнення Херсона", "Звільнення Києва")).containsExactly(
                new Run(Kind.SAME, "Звільнення "), new Run(Kind.REMOVED, "Херсона"), new Run(Kind.ADDED, "Києва"));
    }

    @Test
    void the_runs_of_each_side_put_back_together_give_that_side() {
        String before = "Russia launches a full-scale invasion; martial law is declared.\n\nKyiv is shelled.";
        String after = "Russia launches its full-scale invasion of Ukraine; martial law is declared.\nKyiv and Kharkiv are shelled.";
        List<Run> runs = WordDiff.between(before, after);
        assertThat(join(runs, Kind.ADDED)).isEqualTo(after);
        assertThat(join(runs, Kind.REMOVED)).isEqualTo(before);
    }

    @Test
    void empty_sides_and_very_long_values_still_answer() {
        assertThat(WordDiff.between(null, "New")).containsExactly(new Run(Kind.ADDED, "New"));
        assertThat(WordDiff.between("Old", "")).containsExactly(new Run(Kind.REMOVED, "Old"));
        String huge = "word ".repeat(30_000);
        assertThat(WordDiff.between(huge, huge + "more")).extracting(Run::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
    }

    /** One side's text: the shared runs plus that side's own. */
    private static String join(List<Run> runs, Kind side) {
        StringBuilder text = new StringBuilder();
        runs.stream().filter(r -> r.kind() == Kind.SAME || r.kind() == side).forEach(r -> text.append(r.text()));
        return text.toString();
    }
}
