package org.annals.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.annals.annotation.Anchor;
import org.annals.annotation.Note;
import org.annals.annotation.NoteThread;
import org.annals.annotation.NoteVisibility;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * One thread as the team sees it: the note, where it is anchored, its replies, and what one may do with it.
 * <p>
 * Built light on purpose (decision 0015): every notes panel open on the event receives each new thread through Push,
 * and with fifty editors on one event the browsers' work per thread — custom elements upgraded and rendered, one
 * text area and three Lumo buttons each — was most of the time from a save to the note on their screens. So what is
 * only read (who, on what, when, the text) is one sanitised HTML string per note, the actions are plain
 * {@code <button>}s, and the reply box is created only when someone clicks Reply.
 */
class ThreadView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** What the buttons do; the panel implements it with the service and reports errors. */
    interface Actions {
        void startReply(long threadId);

        void reply(long threadId, TextArea field);

        void resolve(long threadId, boolean resolved);

        void publish(long threadId, boolean visible);

        void edit(Note note, String body);

        void delete(Note note);
    }

    private final NoteThread thread;

    /** {@code replyField}: the thread's reply box if this person opened it (it outlives rebuilt views), else null. */
    ThreadView(NoteThread thread, String me, boolean mayPublish, @Nullable TextArea replyField, Span typing,
            Actions actions) {
        this.thread = thread;
        Note note = thread.note();
        long id = note.id();
        setId("thread-" + id);
        addClassName("note-thread");
        getElement().setAttribute("data-resolved", Boolean.toString(note.resolved()));
        add(noteView(note, "note", headerHtml(note), me, actions));
        for (Note reply : thread.replies()) {
            add(noteView(reply, "note-reply", "<div class=\"note-meta\"><span>" + text(reply.author()) + " · "
                    + WHEN.format(reply.createdAt()) + "</span></div>", me, actions));
        }
        add(typing);
        if (note.deleted()) {
            return;
        }
        Div buttons = new Div();
        buttons.addClassName("note-actions");
        if (replyField == null) {
            buttons.add(button("Reply", "reply-open-" + id, () -> actions.startReply(id)));
        } else {
            add(replyField);
            buttons.add(button("Send reply", "reply-post-" + id, () -> actions.reply(id, replyField)));
        }
        buttons.add(note.resolved() ? button("Reopen", "reopen-" + id, () -> actions.resolve(id, false))
                : button("Resolve", "resolve-" + id, () -> actions.resolve(id, true)));
        if (mayPublish) {
            boolean isPublic = note.visibility() == NoteVisibility.PUBLIC;
            buttons.add(button(isPublic ? "Make team-only" : "Publish as editor's note", "publish-" + id,
                    () -> actions.publish(id, !isPublic)));
        }
        add(buttons);
    }

    NoteThread thread() {
        return thread;
    }

    boolean open() {
        return thread.open();
    }

    private static String headerHtml(Note note) {
        StringBuilder html = new StringBuilder("<div class=\"note-meta\"><span>").append(text(note.author()))
                .append("</span><span>").append(text(anchorLabel(note.anchor()))).append("</span><span>")
                .append(WHEN.format(note.createdAt())).append("</span>");
        if (note.orphaned()) {
            html.append(badge("Orphaned: the quoted text is no longer in the event", "note-orphaned", "error"));
        }
        if (note.resolved()) {
            html.append(badge("Resolved by " + note.resolvedBy(), "note-resolved", "success"));
        }
        if (note.visibility() == NoteVisibility.PUBLIC) {
            html.append(badge("Editor's note: readers see it", "note-public", "contrast"));
        }
        return html.append("</div>").toString();
    }

    /** A note or reply: its header and text as one HTML property; Edit and Delete for its author. */
    private static Div noteView(Note note, String className, String headerHtml, String me, Actions actions) {
        Div view = new Div();
        view.addClassName(className);
        String body = note.deleted() ? "<span>(deleted)</span>"
                : "<div>" + note.bodyHtml() + "</div>" + (note.edited() ? "<span>(edited)</span>" : "");
        // bodyHtml is MarkdownText's sanitised rendering; everything else here is escaped
        Div html = new Div();
        html.getElement().setProperty("innerHTML", headerHtml + "<div class=\"note-body\">" + body + "</div>");
        view.add(html);
        if (note.author().equals(me) && !note.deleted()) {
            Div own = new Div();
            own.addClassName("note-actions");
            own.add(button("Edit", "edit-" + note.id(), () -> {
                TextArea field = new TextArea();
                field.setValue(note.body());
                field.setWidthFull();
                field.setId("edit-field-" + note.id());
                Button save = new Button("Save", s -> actions.edit(note, field.getValue()));
                save.setId("edit-save-" + note.id());
                view.remove(own);
                html.getElement().setProperty("innerHTML", headerHtml);
                view.add(field, save);
                field.focus();
            }));
            NativeButton delete = button("Delete", "delete-" + note.id(), () -> actions.delete(note));
            delete.addClassName("note-danger");
            own.add(delete);
            view.add(own);
        }
        return view;
    }

    static String anchorLabel(Anchor anchor) {
        String on = "on " + anchor.target().label();
        if (anchor.citationUrl() != null) {
            on += " (" + anchor.citationUrl() + ")";
        }
        if (anchor.quote() != null) {
            on += ": “" + anchor.quote().exact() + "”";
        }
        return on;
    }

    /**
     * A plain button with a plain DOM listener: a click listener ({@code ClickEvent}) would ask the browser for a dozen
     * event properties (coordinates, modifier keys), described again in every pushed thread and compiled into a
     * function per button by every browser that receives it.
     */
    private static NativeButton button(String label, String id, Runnable action) {
        NativeButton button = new NativeButton(label);
        button.getElement().addEventListener("click", e -> action.run());
        button.setId(id);
        return button;
    }

    private static String badge(String label, String className, String theme) {
        return "<span class=\"" + className + "\" theme=\"badge " + theme + "\">" + text(label) + "</span>";
    }

    private static String text(String plain) {
        return Entities.escape(plain);
    }
}
