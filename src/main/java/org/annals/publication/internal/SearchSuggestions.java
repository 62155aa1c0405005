package org.annals.publication.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.shared.Transliteration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Did you mean …?": each searched word that no published word of the timeline begins with is replaced by the most
 * similar one (trigrams, pg_trgm over {@code published_word}; a word in Cyrillic is compared in Latin letters). Each
 * look-up is one index query, for at most a search's twelve words.
 */
@Component
public class SearchSuggestions {

    private static final int MAX_WORDS = 12;

    private final JdbcClient jdbc;

    SearchSuggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The search with its unknown words corrected, or empty when every word is known or none has a near word. */
    public Optional<String> corrected(long timelineId, String text) {
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (String typed : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (typed.isEmpty() || words.size() == MAX_WORDS) {
                continue;
            }
            String word = Transliteration.hasCyrillic(typed) ? Transliteration.latin(typed) : typed;
            Optional<String> nearest = word.length() < 3 || word.length() > 40 || known(timelineId, word)
                    ? Optional.empty() : nearest(timelineId, word);
            changed |= nearest.isPresent();
            words.add(nearest.orElse(typed));
        }
        return changed ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    private boolean known(long timelineId, String word) {
        return jdbc.sql("select exists (select 1 from published_word where timeline_id = :t and word like :prefix)")
                .param("t", timelineId).param("prefix", word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .query(Boolean.class).single();
    }

    private Optional<String> nearest(long timelineId, String word) {
        return jdbc.sql("""
                        select word from published_word where timeline_id = :t and word % :w
                        order by similarity(word, :w) desc, word limit 1""")
                .param("t", timelineId).param("w", word).query(String.class).optional();
    }
}
