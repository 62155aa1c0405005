package org.annals.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.annals.event.EventDetails;
import org.annals.event.EventHistoryService;
import org.annals.event.EventRevision;
import org.annals.event.Permalinks;
import org.annals.history.FieldChange;
import org.annals.shared.EditConflictException;
import org.annals.shared.ui.Notifications;

/** The event's revisions: who, when, why; compare any two field by field; restore one (editors). */
class HistoryPanel extends Details {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Each changed field in full, its words marked removed or added: what a reviewer approves, not a cut-off cell. */
    private final Div changes = new Div();
    private final Paragraph comparing = new Paragraph();

    HistoryPanel(EventDetails event, EventHistoryService history, boolean mayRestore, Consumer<EventDetails> afterRestore) {
        setSummaryText("History");
        setId("history");
        Grid<EventRevision> revisions = new Grid<>();
        revisions.setId("revisions");
        revisions.setSelectionMode(Grid.SelectionMode.MULTI);
        revisions.addColumn(EventRevision::number).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(r -> WHEN.format(r.entry().at()) + " UTC").setHeader("When").setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(r -> r.entry().author()).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(r -> r.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(r -> r.entry().message() == null ? "" : r.entry().message()).setHeader("Message").setFlexGrow(1);
        // the number readers and the API know a published revision by, linked to exactly what they saw
        revisions.addComponentColumn(r -> publicRevision(event, r)).setHeader("Readers saw").setAutoWidth(true).setFlexGrow(0);
        revisions.setItems(history.revisions(event.id()));
        revisions.setAllRowsVisible(true);

        Button compare = new Button("Compare selected", e -> {
            List<EventRevision> picked = new ArrayList<>(revisions.getSelectedItems());
            picked.sort(Comparator.comparingInt(EventRevision::number));
            if (picked.size() == 2) {
                show(history.diff(event.id(), picked.get(0).entry().revision(), picked.get(1).entry().revision()),
                        "Changes from revision " + picked.get(0).number() + " to " + picked.get(1).number());
            } else if (picked.size() == 1) {
                show(history.diffToCurrent(event.id(), picked.getFirst().entry().revision()),
                        "Changes from revision " + picked.getFirst().number() + " to now");
            }
        });
        compare.setId("compare");
        Button restore = new Button("Restore selected", e -> {
            if (revisions.getSelectedItems().size() != 1) {
                Notifications.error("Select one revision to restore");
                return;
            }
            EventRevision picked = revisions.getSelectedItems().iterator().next();
            try {
                EventDetails restored = history.restore(event.id(), picked.entry().revision(), event.version());
                Notifications.success("Revision " + picked.number() + " restored as a draft; it goes through review");
                afterRestore.accept(restored);
            } catch (EditConflictException | org.annals.event.WorkflowViolationException
                     | org.annals.shared.InvalidInputException ex) {
                // restoring links can meet rules the earlier revision predates (an actor recorded with another kind)
                Notifications.error(ex.getMessage());
            }
        });
        restore.setId("restore");
        restore.setVisible(mayRestore);
        compare.setEnabled(false);
        restore.setEnabled(false);
        revisions.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            compare.setEnabled(n == 1 || n == 2);
            restore.setEnabled(n == 1);
        });

        changes.setId("changes");
        changes.addClassName("annals-changes");
        changes.setVisible(false);
        add(new VerticalLayout(revisions, new HorizontalLayout(compare, restore), comparing, changes));
    }

    private static com.vaadin.flow.component.Component publicRevision(EventDetails event, EventRevision revision) {
        if (revision.publicRevision() == null) {
            return new Span();
        }
        Anchor link = new Anchor(Permalinks.revision(event.timelineSlug(), event.slug(), revision.publicRevision()),
                "public revision " + revision.publicRevision());
        link.setTarget("_blank");
        link.addClassName("annals-public-revision");
        return link;
    }

    private void show(List<FieldChange> list, String title) {
        comparing.setText(list.isEmpty() ? title + ": nothing differs" : title);
        changes.removeAll();
        list.forEach(change -> changes.add(ChangeText.of(change)));
        changes.setVisible(!list.isEmpty());
    }
}
