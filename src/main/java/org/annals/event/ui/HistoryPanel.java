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

    /** Each changed field in full, its words marked removed or added: what a reviewer approves, not a cut-off cell. */
    private final Div changes = new Div();
    private final Paragraph comparing = new Paragraph();

    HistoryPanel(EventDetails event, EventHistoryService history, boolean mayRestore, Consumer<EventDetails> afterRestore) {
        // when each revision was saved, in this person's language (UTC, as the column says)
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", getLocale()).withZone(ZoneOffset.UTC);
        setSummaryText(getTranslation("editor.history.title"));
        setId("history");
        Grid<EventRevision> revisions = new Grid<>();
        revisions.setId("revisions");
        revisions.setSelectionMode(Grid.SelectionMode.MULTI);
        revisions.addColumn(EventRevision::number).setHeader(getTranslation("editor.history.header.revision")).setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(r -> when.format(r.entry().at()) + " UTC").setHeader(getTranslation("editor.history.header.when")).setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(r -> r.entry().author()).setHeader(getTranslation("editor.history.header.who")).setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(r -> getTranslation("form.status." + r.status().name())).setHeader(getTranslation("editor.history.header.status")).setAutoWidth(true).setFlexGrow(0);
        revisions.addColumn(r -> message(r.entry().message())).setHeader(getTranslation("editor.history.header.message")).setFlexGrow(1);
        // the number readers and the API know a published revision by, linked to exactly what they saw
        revisions.addComponentColumn(r -> publicRevision(event, r)).setHeader(getTranslation("editor.history.header.readersSaw")).setAutoWidth(true).setFlexGrow(0);
        revisions.setItems(history.revisions(event.id()));
        revisions.setAllRowsVisible(true);

        Button compare = new Button(getTranslation("editor.history.compare"), e -> {
            List<EventRevision> picked = new ArrayList<>(revisions.getSelectedItems());
            picked.sort(Comparator.comparingInt(EventRevision::number));
            if (picked.size() == 2) {
                show(history.diff(event.id(), picked.get(0).entry().revision(), picked.get(1).entry().revision()),
                        getTranslation("editor.history.changesBetween", String.valueOf(picked.get(0).number()),
                                String.valueOf(picked.get(1).number())));
            } else if (picked.size() == 1) {
                show(history.diffToCurrent(event.id(), picked.getFirst().entry().revision()),
                        getTranslation("editor.history.changesToNow", String.valueOf(picked.getFirst().number())));
            }
        });
        compare.setId("compare");
        Button restore = new Button(getTranslation("editor.history.restore"), e -> {
            if (revisions.getSelectedItems().size() != 1) {
                Notifications.error(getTranslation("editor.history.selectOne"));
                return;
            }
            EventRevision picked = revisions.getSelectedItems().iterator().next();
            try {
                EventDetails restored = history.restore(event.id(), picked.entry().revision(), event.version());
                Notifications.success(getTranslation("editor.history.restored", String.valueOf(picked.number())));
                afterRestore.accept(restored);
            } catch (EditConflictException | org.annals.event.WorkflowViolationException
                     | org.annals.shared.InvalidInputException ex) {
                // restoring links can meet rules the earlier revision predates (an actor recorded with another kind)
                Notifications.error(org.annals.shared.ui.ErrorTexts.of(ex));
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

    /** A revision's message in this person's language (see {@link HistoryMessages}). */
    private String message(String message) {
        return message == null ? "" : HistoryMessages.read(message, this::getTranslation);
    }

    private com.vaadin.flow.component.Component publicRevision(EventDetails event, EventRevision revision) {
        if (revision.publicRevision() == null) {
            return new Span();
        }
        Anchor link = new Anchor(Permalinks.revision(event.timelineSlug(), event.slug(), revision.publicRevision()),
                getTranslation("editor.history.publicRevision", String.valueOf(revision.publicRevision())));
        link.setTarget("_blank");
        link.addClassName("annals-public-revision");
        return link;
    }

    private void show(List<FieldChange> list, String title) {
        comparing.setText(list.isEmpty() ? getTranslation("editor.history.nothingDiffers", title) : title);
        changes.removeAll();
        list.forEach(change -> changes.add(ChangeText.of(change)));
        changes.setVisible(!list.isEmpty());
    }
}
