package org.annals.importexport;

import java.util.ArrayList;
import java.util.List;
import org.annals.shared.InvalidInputException;
import org.annals.shared.Wording;

/**
 * The problems found in one file: every one is counted, the first {@value #LISTED} are kept with where they are. A
 * file with a million bad events then costs the server no more than one with fifty, and its author still learns how
 * much there is to fix.
 */
final class ImportProblems {

    static final int LISTED = 50;

    private final List<String> listed = new ArrayList<>();
    private int count;

    void add(String problem) {
        add(() -> problem);
    }

    /** Counts a problem; its text is written only while it will be listed (a big bad file costs counting, not text). */
    void add(java.util.function.Supplier<String> problem) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(problem.get());
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** How many problems so far: a step that raised it found something wrong. */
    int count() {
        return count;
    }

    /** Refuses the file with every problem counted and the first ones listed, one per "- " line. */
    void refuseIfAny() {
        if (count == 0) {
            return;
        }
        String more = count > LISTED ? " (the first " + LISTED + " are listed)" : "";
        Object moreWording = count > LISTED ? Wording.of(more, "import.refusal.firstListed", LISTED) : "";
        throw new InvalidInputException("file", count + " problem(s) in the file; nothing was imported" + more + ":\n- "
                + String.join("\n- ", listed), "import.refusal.problems", count, moreWording, String.join("\n- ", listed));
    }
}
