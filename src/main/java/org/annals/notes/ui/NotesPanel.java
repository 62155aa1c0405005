package org.annals.notes.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.annals.notes.AnnotationService;
import org.annals.notes.Note;
import org.annals.notes.NoteThread;
import org.annals.notes.ThreadFeed;
import org.annals.event.EventDetails;
import org.annals.live.LiveBus;
import org.annals.live.PresenceRegistry;
import org.annals.event.WorkflowViolationException;
import org.annals.notes.NoteVisibility;
import org.annals.shared.EditConflictException;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.shared.ui.FormAutosave;
import org.annals.shared.ui.Notifications;

/**
 * The team's notes on one event, live: new notes, replies, resolutions and who is typing arrive through the live bus
 * and Push. Half-written notes and replies stay in the browser (per person and event) until they are posted.
 * <p>
 * The panel reads the event's notes once, as its person, when it is attached; after that the instance's
 * {@link ThreadFeed} reads each changed thread once for all panels, and a panel only swaps that one thread's
 * component (work inside {@code ui.access} is a few components, no database).
 */
class NotesPanel extends VerticalLayout {

    /** The browser keeps a half-written reply under this prefix and the thread's id. */
    private static final String REPLY_KEY = "reply-";

    private final AnnotationService notes;
    private final ThreadFeed feed;
    private final PresenceRegistry presence;
    private final EventDetails event;
    private final long timelineId;
    private final String me;
    private final boolean admin;
    private final boolean mayPublish;
    private final boolean mayReview;
    private final NoteAnchorFields about;
    private final TextArea body = new TextArea();
    private final Span newNoteTyping = new Span();
    private final Div threads = new Div();
    /**
     * The reply boxes this person opened (a thread has none until Reply is clicked): they survive a rebuilt thread, so
     * live updates never swallow what someone is typing.
     */
    private final Map<Long, TextArea> replyFields = new HashMap<>();
    /** The edit boxes this person opened, by note id: like reply boxes, they stay open while the thread changes. */
    private final Map<Long, Div> editBoxes = new HashMap<>();
    /** "Who is typing" lines, made for a thread the first time someone types in it. */
    private final Map<Long, Span> typingLines = new HashMap<>();
    /** The threads shown, by id (ids grow with time: oldest first), and the stamp of the read each one came from. */
    private final TreeMap<Long, ThreadView> shown = new TreeMap<>();
    private final Map<Long, Long> shownStamps = new HashMap<>();
    private final FormAutosave autosave;
    private final List<LiveBus.Subscription> subscriptions = new ArrayList<>();
    private final TypingSignals typingSignals;

    private final EventSaves saves;

    NotesPanel(EventDetails event, String me, boolean admin, boolean mayPublish, boolean mayReview, AnnotationService notes,
            ThreadFeed feed, PresenceRegistry presence, EventSaves saves) {
        this.saves = saves;
        this.event = event;
        this.timelineId = event.timelineId().value();
        this.me = me;
        this.admin = admin;
        this.mayPublish = mayPublish;
        this.mayReview = mayReview;
        this.notes = notes;
        this.feed = feed;
        this.presence = presence;
        setId("notes");
        setPadding(false);
        about = new NoteAnchorFields(event);
        typingSignals = new TypingSignals(presence, me, timelineId, event.id().value());
        body.setLabel(getTranslation("notes.panel.newNote"));
        body.setId("note-body");
        body.setWidthFull();
        body.setMaxLength(AnnotationService.BODY_MAX);
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(700);
        body.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typingSignals.typing(0);
            }
        });
        Button post = new Button(getTranslation("notes.panel.post"), e -> post());
        post.setId("note-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newNoteTyping.setId("typing-new");
        threads.setId("threads");
        threads.setWidthFull();
        listenToButtons();
        add(threads, about, body, newNoteTyping, post);

        autosave = new FormAutosave(this, me + ":notes:" + event.id()).field("body", body, body).field("passage", about.passage(),
                about.passage());
        addAttachListener(e -> attached(e.getUI()));
        addDetachListener(e -> detached());
    }

    /**
     * One click listener for all threads' buttons, which are plain HTML (decision 0016): the browser says which button
     * in which thread, and the thread runs that button's action only if it rendered that button for this person.
     */
    private void listenToButtons() {
        String button = "event.target.closest('button[data-act]')?.id ?? ''";
        String thread = "event.target.closest('.note-thread')?.id ?? ''";
        threads.getElement().addEventListener("click", e -> clicked(e.getEventData().get(button).asString(),
                        e.getEventData().get(thread).asString()))
                .setFilter("event.target.closest('button[data-act]') !== null")
                .addEventData(button).addEventData(thread);
    }

    private void clicked(String buttonId, String threadElementId) {
        threadIdOf(threadElementId).map(shown::get).flatMap(view -> view.action(buttonId)).ifPresent(Runnable::run);
    }

    private static java.util.Optional<Long> threadIdOf(String threadElementId) {
        return threadElementId.startsWith("thread-") ? parseId(threadElementId.substring("thread-".length()))
                : java.util.Optional.empty();
    }

    private void attached(UI ui) {
        detached();
        autosave.start();
        autosave.ifTextKept(kept -> {
            // text typed before a reload, a lost connection or a restart: put it back where it was typed, opening
            // the reply boxes it was typed in
            Map<String, String> typed = kept.entrySet().stream().filter(e -> !e.getValue().isBlank())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            typed.keySet().stream().map(NotesPanel::replyThreadId).flatMap(java.util.Optional::stream)
                    .filter(shown::containsKey).forEach(this::openReply);
            autosave.restore(typed);
        });
        // watch first, then read: a change made in between arrives too (the stamps keep the newer state)
        subscriptions.add(feed.watch(event.id(), event.timelineId(), me, admin, update -> ui.access(() -> apply(update))));
        // someone else saved the event: the anchors offered and each note's orphan state follow the new text
        subscriptions.add(saves.watch(ui, me, (who, updated) -> {
            about.citationsOf(updated);
            refreshAll();
        }));
        subscriptions.add(presence.onChange(notice -> {
            if (notice.eventId() == event.id().value()) {
                ui.access(this::showTyping);
            }
        }));
        refresh();
        // a link to one note (the inbox's #note-<id>): the page opens at it, marked, once the threads are drawn and the
        // router has put the link's address in place (either may come after this runs: look for a moment)
        getElement().executeJs("""
                const started = Date.now();
                const find = () => {
                  const target = location.hash.startsWith('#note-') && document.getElementById(location.hash.substring(1));
                  if (target) { target.classList.add('annals-target'); target.scrollIntoView({block: 'center'}); }
                  else if (Date.now() - started < 3000) { setTimeout(find, 50); }
                };
                find();""");
    }

    private void detached() {
        subscriptions.forEach(LiveBus.Subscription::close);
        subscriptions.clear();
    }

    /** Reads all threads as this panel's person: on attach. */
    private void refresh() {
        long stamp = ThreadFeed.stamp();
        try {
            apply(new ThreadFeed.Update(notes.threads(event.id()), true, stamp));
        } catch (NotFoundException e) {
            // the event is gone: nothing to show
        }
    }

    /** Reads all threads again and shows each anew (open reply and edit boxes survive, see above). */
    private void refreshAll() {
        shownStamps.clear();
        refresh();
    }

    /** Reads one thread again as this panel's person, right after acting on it (its live notice follows). */
    private void refresh(long threadId) {
        long stamp = ThreadFeed.stamp();
        try {
            apply(new ThreadFeed.Update(List.of(notes.thread(threadId)), false, stamp));
        } catch (NotFoundException e) {
            // deleted meanwhile: the live update tells
        }
    }

    /** Shows what changed: only the threads in the update are rebuilt, and only if newer than what is shown. */
    private void apply(ThreadFeed.Update update) {
        for (NoteThread thread : update.threads()) {
            if (update.newerThan(shownStamps.getOrDefault(thread.id(), Long.MIN_VALUE))) {
                show(thread);
                shownStamps.put(thread.id(), update.stamp());
            }
        }
        long open = shown.values().stream().filter(ThreadView::open).count();
        threads.getElement().setAttribute("data-open", Long.toString(open));
        showTyping();
    }

    private void show(NoteThread thread) {
        java.util.stream.Stream.concat(java.util.stream.Stream.of(thread.note()), thread.replies().stream())
                .filter(Note::deleted).forEach(gone -> editBoxes.remove(gone.id()));
        ThreadView view = shown.get(thread.id());
        if (view == null) {
            view = new ThreadView(thread.id());
            // new threads usually come last; one posted meanwhile elsewhere may arrive after a later one
            threads.addComponentAtIndex(shown.headMap(thread.id()).size(), view);
            shown.put(thread.id(), view);
        }
        view.render(thread, me, mayPublish, mayReview, new ThreadView.Open(replyFields.get(thread.id()), editBoxes,
                typingLines.get(thread.id())), actions());
    }

    private Div editBox(Note note) {
        long threadId = threadOf(note);
        return new NoteEditBox(note, text -> act(threadId, () -> {
            notes.edit(note.id(), note.version(), text);
            editBoxes.remove(note.id());
        }), () -> {
            editBoxes.remove(note.id());
            show(shown.get(threadId).thread());
        });
    }

    /** Opens the thread's reply box (once; it then stays open for this panel). */
    private TextArea openReply(long threadId) {
        TextArea field = replyFields.get(threadId);
        if (field == null) {
            field = replyField(threadId);
            replyFields.put(threadId, field);
            show(shown.get(threadId).thread());
        }
        return field;
    }

    private static java.util.Optional<Long> replyThreadId(String autosaveKey) {
        return autosaveKey.startsWith(REPLY_KEY) ? parseId(autosaveKey.substring(REPLY_KEY.length()))
                : java.util.Optional.empty();
    }

    private static java.util.Optional<Long> parseId(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private TextArea replyField(long threadId) {
        TextArea reply = new TextArea();
        reply.setPlaceholder(getTranslation("notes.panel.replyPlaceholder"));
        reply.setId("reply-" + threadId);
        reply.setWidthFull();
        reply.setMaxLength(AnnotationService.BODY_MAX);
        reply.setValueChangeMode(ValueChangeMode.TIMEOUT);
        reply.setValueChangeTimeout(700);
        reply.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typingSignals.typing(threadId);
            }
        });
        autosave.field(REPLY_KEY + threadId, reply, reply);
        return reply;
    }

    private void showTyping() {
        Map<Long, List<String>> byThread = typingSignals.others();
        showText(newNoteTyping, TypingSignals.text(byThread.get(0L)));
        byThread.keySet().stream().filter(id -> shown.containsKey(id) && !typingLines.containsKey(id)).forEach(id -> {
            Span line = new Span();
            line.setId("typing-" + id);
            typingLines.put(id, line);
            show(shown.get(id).thread());
        });
        typingLines.forEach((id, line) -> showText(line, TypingSignals.text(byThread.get(id))));
    }

    /** Only a line whose text changes is touched: setText("") is pushed as a change even on an empty line. */
    private static void showText(Span line, String text) {
        if (!line.getText().equals(text)) {
            line.setText(text);
        }
    }

    private void post() {
        try {
            long stamp = ThreadFeed.stamp();
            NoteThread posted = notes.annotate(event.id(), about.anchor(), body.getValue());
            typingSignals.stoppedTyping(0);
            body.clear();
            about.passage().clear();
            storeAgain();
            Notifications.success(getTranslation("notes.panel.posted"));
            apply(new ThreadFeed.Update(List.of(posted), false, stamp));
        } catch (InvalidInputException e) {
            body.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(e));
            body.setInvalid(true);
        }
    }

    /** After posting, the browser's copy is rewritten from what the fields hold now (other drafts stay kept). */
    private void storeAgain() {
        body.setInvalid(false);
        getElement().executeJs("this.__annalsAutosave && this.__annalsAutosave()");
    }

    private ThreadView.Actions actions() {
        return new ThreadView.Actions() {
            @Override
            public void startReply(long threadId) {
                if (shown.containsKey(threadId)) {
                    openReply(threadId).focus();
                }
            }

            @Override
            public void reply(long threadId) {
                TextArea field = replyFields.get(threadId);
                if (field == null) {
                    return;
                }
                try {
                    notes.reply(threadId, field.getValue());
                    typingSignals.stoppedTyping(threadId);
                    field.clear();
                    field.setInvalid(false);
                    storeAgain();
                    refresh(threadId);
                } catch (InvalidInputException e) {
                    field.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(e));
                    field.setInvalid(true);
                }
            }

            @Override
            public void resolve(long threadId, boolean resolved) {
                act(threadId, () -> {
                    if (resolved) {
                        notes.resolve(threadId);
                    } else {
                        notes.reopen(threadId);
                    }
                });
            }

            @Override
            public void publish(long threadId, boolean visible) {
                NoteVisibility now = shown.get(threadId).thread().note().visibility();
                if (visible || now == NoteVisibility.PUBLIC) {
                    // readers' text: say what happens before it does
                    String texts = visible ? "notes.publish." : "notes.withdraw.";
                    ConfirmDialog confirm = new ConfirmDialog(getTranslation(texts + "title"), getTranslation(texts + "text"),
                            getTranslation(texts + "confirm"), e -> act(threadId, () -> notes.publish(threadId, visible)),
                            getTranslation("notes.confirm.cancel"), e -> { });
                    confirm.setId("confirm-note-visibility");
                    confirm.open();
                } else {
                    act(threadId, () -> notes.publish(threadId, false));
                }
            }

            @Override
            public void approveEditorsNote(long threadId) {
                act(threadId, () -> notes.approveEditorsNote(threadId));
            }

            @Override
            public void startEdit(Note note) {
                Div box = editBoxes.computeIfAbsent(note.id(), id -> editBox(note));
                show(shown.get(threadOf(note)).thread());
                box.getChildren().findFirst().ifPresent(field -> ((TextArea) field).focus());
            }

            @Override
            public void delete(Note note) {
                act(threadOf(note), () -> notes.delete(note.id()));
            }
        };
    }

    private static long threadOf(Note note) {
        return note.threadId() == null ? note.id() : note.threadId();
    }

    private void act(long threadId, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException | EditConflictException | NotFoundException | WorkflowViolationException
                 | org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(org.annals.shared.ui.ErrorTexts.of(e));
        }
        refresh(threadId);
    }
}
