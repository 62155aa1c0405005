package org.annals.event.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.event.EventDetails;
import org.annals.event.EventFields;
import org.annals.event.EventLinks;
import org.annals.event.EventRevision;
import org.annals.event.ImportFingerprint;
import org.annals.event.ImportedEvent;
import org.annals.event.ImportedRowChanged;
import org.annals.history.FieldChange;
import org.annals.history.FieldDiff;
import org.annals.security.SystemActor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What to tell the editors of an imported event whose source row changed upstream after they edited it: the row as
 * imported is the newest revision of the event that still has the hash the import kept, so the difference is between
 * what the row said then and what it says now (not the editors' own changes), and the editors are whoever changed the
 * event after that revision.
 */
@Component
public class ChangedUpstream {

    /** Enough for any event edited by hand; a longer history is read no further (its editors are the newest). */
    private static final int REVISIONS_READ = 50;
    private static final int VALUE_SHOWN = 60;
    /** How much of what two long texts share is shown before the place where they differ. */
    private static final int CONTEXT = 20;

    private final EventAudit audit;

    ChangedUpstream(EventAudit audit) {
        this.audit = audit;
    }

    public Optional<ImportedRowChanged> of(EventDetails current, String keptFingerprint, ImportedEvent row, String importer) {
        Set<String> editors = new LinkedHashSet<>();
        EventDetails asImported = null;
        for (EventRevision revision : audit.revisions(current.id().value()).stream().limit(REVISIONS_READ).toList()) {
            EventDetails then = revision.deleted() ? null : audit.at(current.id().value(), revision.entry().revision()).orElse(null);
            if (then != null && keptFingerprint.equals(ImportFingerprint.of(then))) {
                asImported = then;
                break;
            }
            editors.add(revision.entry().author());
        }
        editors.remove(importer);
        editors.remove(SystemActor.NAME);
        if (editors.isEmpty()) {
            return Optional.empty();
        }
        Map<String, @Nullable String> before = EventFields.describe(asImported == null ? current : asImported);
        before.remove("Status");
        List<FieldChange> upstream = FieldDiff.between(before, EventFields.describe(row.content(),
                new EventLinks(row.actors(), row.citations(), row.disagreements())));
        List<String> editedHere = asImported == null ? List.of() : FieldDiff.between(before, withoutStatus(current)).stream()
                .map(FieldChange::field).toList();
        String changes = upstream.stream().map(ChangedUpstream::line).collect(Collectors.joining("; "));
        return Optional.of(new ImportedRowChanged(current.id(), current.timelineId(), importer,
                row.externalRef(), new ArrayList<>(editors), changes, editedHere));
    }

    private static Map<String, @Nullable String> withoutStatus(EventDetails event) {
        Map<String, @Nullable String> fields = EventFields.describe(event);
        fields.remove("Status");
        return fields;
    }

    /**
     * "Start: 1 Mar 2022 → 2 Mar 2022", each value cut short: a line in an inbox, not the whole record. Long texts
     * that differ late (a sentence added to a summary) are shown from a little before where they differ, so the
     * difference is what is left, not what is cut.
     */
    private static String line(FieldChange change) {
        String before = oneLine(change.before());
        String after = oneLine(change.after());
        int same = 0;
        while (same < Math.min(before.length(), after.length()) && before.charAt(same) == after.charAt(same)) {
            same++;
        }
        int from = Math.max(0, same - CONTEXT);
        return change.field() + ": " + shown(before, from) + " → " + shown(after, from);
    }

    private static String oneLine(@Nullable String value) {
        return value == null ? "" : value.replace('\n', ' ').strip();
    }

    private static String shown(String value, int from) {
        if (value.isEmpty()) {
            return "(none)";
        }
        String part = from > 0 && from < value.length() ? "…" + value.substring(from) : value;
        return part.length() <= VALUE_SHOWN ? part : part.substring(0, VALUE_SHOWN - 1) + "…";
    }
}
