package org.annals.importexport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.annals.shared.InvalidInputException;
import org.annals.shared.Refusal;
import org.annals.shared.Wording;
import org.annals.shared.Wordings;

/**
 * The problems found in one file: every one is counted, the first {@value #LISTED} are kept with where they are. A
 * file with a million bad events then costs the server no more than one with fifty, and its author still learns how
 * much there is to fix. Each problem is kept as a {@link Wording}, so a Ukrainian desk reads the report in Ukrainian.
 */
final class ImportProblems {

    static final int LISTED = 50;

    private final List<Wording> listed = new ArrayList<>();
    private int count;

    void add(Wording problem) {
        add(() -> problem);
    }

    /** Counts a problem; its text is written only while it will be listed (a big bad file costs counting, not text). */
    void add(Supplier<Wording> problem) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(problem.get());
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The first problems, with their place. */
    List<Wording> listed() {
        return List.copyOf(listed);
    }

    /** How many problems so far: a step that raised it found something wrong. */
    int count() {
        return count;
    }

    /** A problem at a place in the file ("event 3 (ref 3)", "row 7 (UKR123)"). */
    static Wording at(Wording where, Wording problem) {
        return Wording.of(where.english() + ": " + problem.english(), "import.problem.at", where, problem);
    }

    /**
     * A refusal of one part of the file, at its place. A plain-text rule's sentence names its field in English only
     * (at a form's field the Ukrainian needs no name), so in a report it is read from the import's own texts, which
     * name the field in every language.
     */
    static Wording at(Wording where, RuntimeException refusal) {
        Wording said = Wording.of(refusal);
        if (refusal instanceof Refusal keyed && keyed.key() != null && keyed.key().startsWith("form.text.")) {
            said = new Wording(said.english(), "import.text." + keyed.key().substring("form.text.".length()), said.args());
        }
        return at(where, said);
    }

    /** Refuses the file with every problem counted and the first ones listed, one per "- " line. */
    void refuseIfAny() {
        if (count == 0) {
            return;
        }
        String more = count > LISTED ? " (the first " + LISTED + " are listed)" : "";
        Object moreWording = count > LISTED ? Wording.of(more, "import.refusal.firstListed", LISTED) : "";
        Wordings lines = new Wordings(listed, "\n- ");
        throw new InvalidInputException("file", count + " problem(s) in the file; nothing was imported" + more + ":\n- "
                + lines.english(), "import.refusal.problems", count, moreWording, lines);
    }
}
