package org.annals.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What changed inside a value, word by word, for a reviewer: the text as runs of kept, removed and added words
 * (java-diff-utils' linear-space Myers diff over word and space tokens). Runs are plain text; each screen renders them as text,
 * never as HTML.
 */
public final class WordDiff {

    /** A run of text that both versions share, or that only the old ({@code REMOVED}) or the new ({@code ADDED}) has. */
    public record Run(Kind kind, String text) {
    }

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /** Words, runs of white space, and single other characters (punctuation stays its own token). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\s+|.", Pattern.DOTALL);
    /** Text between two changes that joins them: white space and at most a little punctuation. */
    private static final Pattern TRIVIAL = Pattern.compile("[\\s\\p{P}]{1,3}");
    /** Past this many tokens a side, the whole old value is shown removed and the whole new one added. */
    private static final int MAX_TOKENS = 20_000;

    private WordDiff() {
    }

    public static List<Run> between(@Nullable String before, @Nullable String after) {
        return readable(raw(before, after), before, after);
    }

    /**
     * Runs people can read: a space or a comma left between two changes joins them into one change (so a rewritten
     * phrase reads as the old phrase, then the new one, not as alternating words), and a value rewritten almost whole
     * reads as the old value, then the new one.
     */
    private static List<Run> readable(List<Run> runs, @Nullable String before, @Nullable String after) {
        List<Run> joined = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            boolean between = i > 0 && i < runs.size() - 1 && runs.get(i - 1).kind() != Kind.SAME
                    && runs.get(i + 1).kind() != Kind.SAME;
            if (run.kind() == Kind.SAME && between && TRIVIAL.matcher(run.text()).matches()) {
                add(joined, Kind.REMOVED, List.of(run.text()), 0, 1);
                add(joined, Kind.ADDED, List.of(run.text()), 0, 1);
            } else {
                add(joined, run.kind(), List.of(run.text()), 0, 1);
            }
        }
        List<Run> ordered = removedBeforeAdded(joined);
        int kept = ordered.stream().filter(r -> r.kind() == Kind.SAME).mapToInt(r -> r.text().strip().length()).sum();
        int longer = Math.max(before == null ? 0 : before.length(), after == null ? 0 : after.length());
        if (longer > 0 && kept * 10 < longer * 3) { // less than 30 % kept: a rewrite
            List<Run> whole = new ArrayList<>();
            flushText(whole, new StringBuilder(before == null ? "" : before), new StringBuilder(after == null ? "" : after));
            return whole;
        }
        return ordered;
    }

    /** Within each change (the runs between two shared ones), all removed text first, then all added text. */
    private static List<Run> removedBeforeAdded(List<Run> runs) {
        List<Run> ordered = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (Run run : runs) {
            switch (run.kind()) {
                case REMOVED -> removed.append(run.text());
                case ADDED -> added.append(run.text());
                case SAME -> {
                    flushText(ordered, removed, added);
                    ordered.add(run);
                }
            }
        }
        flushText(ordered, removed, added);
        return ordered;
    }

    private static void flushText(List<Run> runs, StringBuilder removed, StringBuilder added) {
        if (!removed.isEmpty()) {
            runs.add(new Run(Kind.REMOVED, removed.toString()));
        }
        if (!added.isEmpty()) {
            runs.add(new Run(Kind.ADDED, added.toString()));
        }
        removed.setLength(0);
        added.setLength(0);
    }

    private static List<Run> raw(@Nullable String before, @Nullable String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Run> runs = new ArrayList<>();
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            add(runs, Kind.REMOVED, a, 0, a.size());
            add(runs, Kind.ADDED, b, 0, b.size());
            return runs;
        }
        int at = 0;
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        // linear space: two wholly different 20,000-character summaries cost seconds of CPU at most, not memory
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b, new MeyersDiffWithLinearSpace<String>()).getDeltas()) {
            int from = delta.getSource().getPosition();
            if (from > at) { // shared words between two changes: what was removed, then what replaced it
                flush(runs, removed, added);
                add(runs, Kind.SAME, a, at, from);
            }
            removed.addAll(delta.getSource().getLines());
            added.addAll(delta.getTarget().getLines());
            at = from + delta.getSource().size();
        }
        flush(runs, removed, added);
        add(runs, Kind.SAME, a, at, a.size());
        return runs;
    }

    /** One change, however the algorithm split it: the removed words first, then the added ones. */
    private static void flush(List<Run> runs, List<String> removed, List<String> added) {
        add(runs, Kind.REMOVED, removed, 0, removed.size());
        add(runs, Kind.ADDED, added, 0, added.size());
        removed.clear();
        added.clear();
    }

    private static List<String> tokens(@Nullable String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    /** Appends tokens [from, to) as one run, joined to the previous run when it is of the same kind. */
    private static void add(List<Run> runs, Kind kind, List<String> tokens, int from, int to) {
        if (from >= to) {
            return;
        }
        String text = String.join("", tokens.subList(from, to));
        if (!runs.isEmpty() && runs.getLast().kind() == kind) {
            runs.set(runs.size() - 1, new Run(kind, runs.getLast().text() + text));
        } else {
            runs.add(new Run(kind, text));
        }
    }
}
