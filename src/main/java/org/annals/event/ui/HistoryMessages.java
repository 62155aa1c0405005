package org.annals.event.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.event.RelationKind;

/**
 * A revision's message in this person's language. The services store the steps' messages in English (the audit log is
 * one record, written once, and older revisions are English too), so the known forms are recognised here and read
 * through their key; an editor's own words inside them ("Submitted for review: …") stay as written, and a message typed
 * by the editor is shown as typed.
 */
final class HistoryMessages {

    private record Form(Pattern pattern, String key) {
    }

    private static final List<Form> FORMS = List.of(
            form("Created", "Created"),
            form("Edited", "Edited"),
            form("Related: (.+) event (\\d+)", "related"),
            form("Removed a relation", "relationRemoved"),
            form("Restored revision (\\d+)", "restored"),
            form("Submitted for review: (.*)", "submitted"),
            form("Approved as a minor change: (.*)", "approvedMinorNote"),
            form("Approved as a minor change", "approvedMinor"),
            form("Approved: (.*)", "approvedNote"),
            form("Approved", "approved"),
            form("Returned: (.*)", "returned"),
            form("Retracted: (.*)", "retracted"),
            form("Merged into event (\\d+): (.*)", "merged"),
            form("Discarded the pending correction", "discarded"));

    private HistoryMessages() {
    }

    private static Form form(String regex, String name) {
        return new Form(Pattern.compile(regex, Pattern.DOTALL), "editor.history.message." + name);
    }

    static String read(String message, BiFunction<String, Object[], String> translate) {
        for (Form form : FORMS) {
            Matcher matched = form.pattern().matcher(message);
            if (matched.matches()) {
                Object[] values = new Object[matched.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = matched.group(i + 1);
                }
                if (form.key().endsWith(".related")) {
                    values[0] = relation((String) values[0], translate);
                }
                return translate.apply(form.key(), values);
            }
        }
        return message;
    }

    private static String relation(String english, BiFunction<String, Object[], String> translate) {
        for (RelationKind kind : RelationKind.values()) {
            if (kind.label(true).equals(english)) {
                return translate.apply("relation." + kind.name() + ".out", new Object[0]);
            }
        }
        return english;
    }
}
