package org.annals.event.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.annals.event.EditorialState;
import org.annals.event.EventContent;
import org.annals.event.EventContentMerge;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventHistoryService;
import org.annals.event.EventId;
import org.annals.event.EventLinks;
import org.annals.event.EventStatus;
import org.annals.event.RelationsUpdate;
import org.annals.event.WorkflowViolationException;
import org.annals.event.ui.spi.EventEditorPanel;
import org.annals.event.ui.spi.PresenceBar;
import org.annals.event.ui.spi.EventReviewControls;
import org.annals.event.ui.spi.EventScreens;
import org.annals.history.ChangeMessage;
import org.annals.live.LiveBus;
import org.annals.live.PresenceRegistry;
import org.annals.shared.EditConflictException;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.shared.ui.FormAutosave;
import org.annals.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One form to write an event. Dates are typed as EDTF with a live preview of what readers will see; the server
 * checks everything again and its message lands at the field it concerns.
 */
@Route("editor/events/:id")
@RolesAllowed({"EDITOR", "REVIEWER", "ADMIN"})
public class EventEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final EventEditingService events;
    private final List<EventReviewControls> reviewControls;
    private final EventHistoryService history;
    private final AuthenticationContext authentication;
    private final TextField message = new TextField(getTranslation("editor.changeMessage"));
    private final Div workflowSlot = new Div();
    private final ActorsEditor actorsEditor = new ActorsEditor();
    private final CitationsEditor citationsEditor;
    private final DisagreementsEditor disagreementsEditor;
    private final Div historySlot = new Div();
    private final Div relationsSlot = new Div();
    private final EventCoreForm form = new EventCoreForm();
    private final Button save = new Button(getTranslation("editor.saveDraft"));
    private final H2 heading = new H2();

    private final Div autosaveNotice = new Div();
    private final Div liveNotice = new Div();
    private final Div panelsSlot = new Div();
    private final List<EventEditorPanel> panels;
    private final EventLiveWatch liveWatch;
    private final PresenceBar presenceBar = new PresenceBar();
    private @Nullable FormAutosave autosave;
    private @Nullable EventDetails current;
    private @Nullable String timelineSlug;
    /** The newest revision of the event when this editor loaded (or themselves changed) it: later ones are others'. */
    private long knownRevision;

    EventEditorView(EventEditingService events, List<EventReviewControls> reviewControls, EventHistoryService history,
            AuthenticationContext authentication, List<EventEditorPanel> panels, LiveBus live,
            PresenceRegistry presence, org.annals.source.CaptureService captures) {
        this.events = events;
        this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(EventEditorPanel::order)).toList();
        this.reviewControls = reviewControls;
        this.history = history;
        this.authentication = authentication;
        this.liveWatch = new EventLiveWatch(live, presence, me());
        citationsEditor = new CitationsEditor(url -> timelineSlug == null ? java.util.Optional.empty()
                : events.source(timelineSlug, url), captures);
        // a disagreement names sources among the ones cited above, as they stand while the editor types
        disagreementsEditor = new DisagreementsEditor(() -> citationsEditor.value().stream().map(c -> c.source().url()).distinct().toList());
        message.setId("change-message");
        message.setWidthFull();
        message.setMaxLength(500);
        setMaxWidth("60rem");
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        autosaveNotice.setId("autosave-notice");
        liveNotice.setId("live-notice");
        // slots and notices take no room while empty (styles.css), so a new event's form starts under its heading
        java.util.List.of(liveNotice, autosaveNotice, workflowSlot, panelsSlot, relationsSlot, historySlot)
                .forEach(slot -> slot.addClassName("annals-slot"));
        add(heading, presenceBar, liveNotice, autosaveNotice, workflowSlot, form, actorsEditor, citationsEditor,
                disagreementsEditor, message, new HorizontalLayout(save), panelsSlot, relationsSlot, historySlot);
        addAttachListener(e -> listen(e.getUI()));
        addDetachListener(e -> liveWatch.stop());
    }

    /** While the editor is open: saves by others and who else is here arrive through the live bus and Push. */
    private void listen(UI ui) {
        liveWatch.start(ui, () -> current, this::savedByOther, this::resync, people -> presenceBar.show(people, me()));
        if (current != null) {
            announcePresence(current);
        }
    }

    private String me() {
        return authentication.getPrincipalName().orElse("");
    }

    private void announcePresence(EventDetails event) {
        presenceBar.show(liveWatch.here(event, save.isVisible()), me());
    }

    /** Someone saved the event shown here: say so before this editor saves on top of an old version. */
    private void savedByOther(String who) {
        if (current == null) {
            return;
        }
        EditorialState state = events.state(current.id());
        if (state.version() == current.version()) {
            return;
        }
        liveNotice.removeAll();
        boolean unsaved = hasUnsavedChanges();
        if (!unsaved) {
            // nothing of this person's to lose: the page shows the new version at once (text, links, panels)
            show(events.get(current.id()));
        }
        liveNotice.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("editor.live.savedByOther", who) + " "
                + getTranslation(unsaved ? "editor.live.yoursStay" : "editor.live.shownNow")));
        liveNotice.addClassName("annals-disagreement");
    }

    /** The live connection was away for a moment: look again at what may have changed meanwhile. */
    private void resync() {
        if (current != null) {
            savedByOther(getTranslation("editor.someone"));
            announcePresence(current);
        }
    }

    private boolean hasUnsavedChanges() {
        return form.hasChanges() || actorsEditor.hasChanges() || citationsEditor.hasChanges() || disagreementsEditor.hasChanges();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(id)) {
            timelineSlug = event.getLocation().getQueryParameters().getSingleParameter("timeline").orElse(null);
            if (timelineSlug == null) {
                event.forwardTo(EventGridView.class);
                return;
            }
            try {
                events.actors(timelineSlug);
            } catch (NotFoundException | AccessDeniedException e) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("editor.notFound.timeline", timelineSlug));
                return;
            }
            current = null;
            heading.setText(getTranslation("editor.newEvent"));
            form.read(null);
            showLinks(EventLinks.NONE);
            keepTyping("new:" + timelineSlug);
            workflowSlot.removeAll();
            historySlot.removeAll();
            relationsSlot.removeAll();
            return;
        }
        try {
            current = events.get(EventId.of(Long.parseLong(id)));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            // someone outside the event's team sees the same as for an event that does not exist
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("editor.notFound.event", id));
            return;
        }
        show(current);
    }

    private void show(EventDetails event) {
        current = event;
        timelineSlug = event.timelineSlug();
        heading.setText(getTranslation("editor.editEvent"));
        form.read(event.content());
        showLinks(EventLinks.of(event));
        message.clear();
        keepTyping("event:" + event.id());
        EditorialState state = showState(event);
        relationsSlot.removeAll();
        relationsSlot.add(new RelationsPanel(event, events, mayWrite(state) && state.status() != EventStatus.MERGED,
                this::relationsChangedHere));
        liveNotice.removeAll();
        liveNotice.removeClassName("annals-disagreement");
        panelsSlot.removeAll();
        for (EventEditorPanel panel : panels) {
            panelsSlot.add(new H3(panel.title()), panel.create(event.id()));
        }
        if (isAttached()) {
            announcePresence(event);
        }
    }

    /**
     * What depends on the saved version and its workflow state: the save button, the review steps (which act on this
     * version) and the history. Returns the state it read.
     */
    private EditorialState showState(EventDetails event) {
        knownRevision = latestRevision(event.id());
        EditorialState state = events.state(event.id());
        boolean mayWrite = mayWrite(state);
        save.setVisible(mayWrite);
        save.setText(getTranslation(state.hasPublishedVersion() ? "editor.saveCorrection" : "editor.saveDraft"));
        form.setReadOnly(!mayWrite);
        workflowSlot.removeAll();
        reviewControls.forEach(controls -> workflowSlot.add(controls.create(event, state, this::afterStep)));
        historySlot.removeAll();
        historySlot.add(new HistoryPanel(event, history, mayWrite && state.status() != EventStatus.MERGED, this::reload));
        return state;
    }

    private boolean mayWrite(EditorialState state) {
        return authentication.hasAnyRole("EDITOR", "ADMIN") && state.status() != EventStatus.RETRACTED;
    }

    /**
     * This editor related or unrelated the open event: the new version is theirs, not "someone else's" — unless
     * someone saved in between, whose save then still counts as theirs. What was typed and not saved stays.
     */
    private void relationsChangedHere(RelationsUpdate update) {
        if (current == null || !update.onlyChangeSince(current.id(), current.version())) {
            return;
        }
        EventDetails fresh = events.get(current.id());
        // the relation changed nothing the form shows: the form's base moves on, the typed text stays
        current = fresh;
        showState(fresh);
    }

    /** Text typed here survives an expired session: the browser keeps it, and the form offers it back. */
    private void keepTyping(String key) {
        autosaveNotice.removeAll();
        autosave = form.keepTyping(new FormAutosave(this, authentication.getPrincipalName().orElse("anonymous") + ":" + key))
                .field("message", message, message);
        autosave.start();
        FormAutosave saver = autosave;
        autosave.ifUnsavedTextKept(kept -> {
            Button restore = new Button(getTranslation("editor.autosave.restore"), e -> {
                saver.restore(kept);
                autosaveNotice.removeAll();
            });
            restore.setId("autosave-restore");
            Button discard = new Button(getTranslation("editor.autosave.discard"), e -> {
                saver.forget();
                autosaveNotice.removeAll();
            });
            autosaveNotice.add(new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("editor.autosave.kept")), restore, discard);
            autosaveNotice.addClassName("annals-disagreement");
        });
    }

    private void showLinks(EventLinks links) {
        actorsEditor.setValue(links.actors());
        actorsEditor.setKnownActors(timelineSlug == null ? java.util.List.of() : events.actors(timelineSlug));
        citationsEditor.setValue(links.citations());
        disagreementsEditor.setValue(links.disagreements());
    }

    private EventLinks links() {
        return new EventLinks(actorsEditor.value(), citationsEditor.value(), disagreementsEditor.value());
    }

    private void reload(EventDetails event) {
        show(events.get(event.id()));
    }

    /** After a review step: the event as the step left it, or the surviving event after a merge. */
    private void afterStep(EventDetails event) {
        if (current != null && !event.id().equals(current.id())) {
            getUI().ifPresent(ui -> EventScreens.toEditor(ui, event.id()));
        } else {
            reload(event);
        }
    }

    private void save() {
        EventForm typed = form.write();
        if (typed == null) {
            return;
        }
        EventContent content;
        try {
            content = typed.toContent(current == null ? null : current.content());
        } catch (InvalidInputException e) {
            showAtField(e);
            return;
        }
        store(content, current == null ? 0 : current.version());
    }

    private void store(EventContent content, long version) {
        // the history's default message, kept in English like its field names (HistoryPanel shows it translated)
        String note = message.getValue().isBlank() ? (current == null ? "Created" : "Edited") : message.getValue();
        try {
            boolean created = current == null;
            EventLinks links = links();
            EventDetails saved = ChangeMessage.with(note, () -> created ? events.createDraft(timelineSlug, content, links)
                    : events.update(current.id(), version, content, links));
            // what was just saved is no longer "unsaved": reset the form and the link lists before navigating
            form.read(saved.content());
            showLinks(EventLinks.of(saved));
            if (autosave != null) {
                autosave.forget();
            }
            Notifications.success(getTranslation("editor.saved"));
            if (created) {
                getUI().ifPresent(ui -> EventScreens.toEditor(ui, saved.id()));
            } else {
                show(saved);
            }
        } catch (InvalidInputException e) {
            showAtField(e);
        } catch (EditConflictException e) {
            EventDetails theirs = events.get(current.id());
            EditorialState state = events.state(current.id());
            EventContentMerge.Result merge;
            try {
                merge = EventContentMerge.merge(current.content(), theirs.content(), content, EventLinks.of(current),
                        EventLinks.of(theirs), links());
            } catch (InvalidInputException unmergeable) {
                // each change holds, but not together (a disagreement names a source the other person's version no
                // longer cites): their version is shown, with why the two could not be combined
                show(theirs);
                error(org.annals.shared.ui.ErrorTexts.of(unmergeable));
                return;
            }
            new ConflictDialog(othersSince(knownRevision, state), merge,
                    merged -> {
                        current = theirs;
                        knownRevision = latestRevision(theirs.id());
                        showLinks(merge.mergedLinks());
                        store(merged, theirs.version());
                    },
                    () -> show(theirs)).open();
        } catch (WorkflowViolationException e) {
            error(org.annals.shared.ui.ErrorTexts.of(e));
        }
    }

    private long latestRevision(EventId id) {
        return history.revisions(id).stream().mapToLong(r -> r.entry().revision()).max().orElse(0);
    }

    /** Who saved the event after this editor loaded it, by name; never this editor. */
    private String othersSince(long revision, EditorialState state) {
        List<String> others = history.revisions(current.id()).stream()
                .filter(r -> r.entry().revision() > revision && !r.entry().author().equals(me()))
                .map(r -> r.entry().author()).distinct().toList();
        if (others.isEmpty()) {
            return state.lastEditedBy() == null || state.lastEditedBy().equals(me()) ? getTranslation("editor.someone")
                    : state.lastEditedBy();
        }
        return others.stream().reduce((first, next) -> getTranslation("editor.namesAnd", first, next)).orElseThrow();
    }

    private void showAtField(InvalidInputException e) {
        if (!form.showAtField(e)) {
            error(org.annals.shared.ui.ErrorTexts.of(e));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (hasUnsavedChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("editor.unsaved.title"),
                    getTranslation("editor.unsaved.text"), getTranslation("editor.unsaved.leave"), e -> leave.proceed(),
                    getTranslation("editor.unsaved.stay"), e -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }
    }

    private static void error(String message) {
        Notifications.error(message);
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation("editor.newEvent") : current.content().headline()) + " · Annals";
    }
}
