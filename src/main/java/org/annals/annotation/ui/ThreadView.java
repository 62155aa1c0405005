package org.annals.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annals.annotation.Anchor;
import org.annals.annotation.Note;
import org.annals.annotation.NoteThread;
import org.annals.annotation.NoteVisibility;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * One thread as the team sees it: the note, where it is anchored, its replies, and what one may do with it.
 * <p>
 * Built light on purpose (decisions 0015 and 0016): every notes panel open on the event receives each new thread
 * through Push, and with fifty editors on one event the browsers' work per thread was most of the time from a save to
 * the note on their screens. So the thread is HTML — who, on what, when, the sanitised text and the action buttons —
 * in as few {@code innerHTML} properties as its parts allow: one, unless this person has opened a reply box or an edit
 * box in it, or someone is typing in it; those are components between the HTML parts. The buttons carry no listener
 * of their own: the panel listens to clicks on all threads at once and asks the thread which of <em>its</em> buttons
 * was clicked ({@link #action}), so a click can only do what a button rendered for this person does.
 */
class ThreadView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** What the buttons do; the panel implements it with the service and reports errors. */
    interface Actions {
        void startReply(long threadId);

        void reply(long threadId);

        void resolve(long threadId, boolean resolved);

        void publish(long threadId, boolean visible);

        void startEdit(Note note);

        void edit(Note note, String body);

        void delete(Note note);
    }

    /** The boxes this person has open in the thread, and who is typing in it; all optional. */
    record Open(@Nullable TextArea reply, Map<Long, TextArea> edits, @Nullable Span typing) {
    }

    private final NoteThread thread;
    /** The actions of the buttons rendered, by button id. */
    private final Map<String, Runnable> buttons = new HashMap<>();
    /** HTML not yet written into an element. */
    private final StringBuilder html = new StringBuilder();

    ThreadView(NoteThread thread, String me, boolean mayPublish, Open open, Actions actions) {
        this.thread = thread;
        Note note = thread.note();
        long id = note.id();
        setId("thread-" + id);
        addClassName("note-thread");
        getElement().setAttribute("data-resolved", Boolean.toString(note.resolved()));
        note(note, "note", headerHtml(note), me, open, actions);
        for (Note reply : thread.replies()) {
            note(reply, "note-reply", "<div class=\"note-meta\"><span>" + text(reply.author()) + " · "
                    + WHEN.format(reply.createdAt()) + "</span></div>", me, open, actions);
        }
        component(open.typing());
        if (!note.deleted()) {
            component(open.reply());
            html.append("<div class=\"note-actions\">");
            if (open.reply() == null) {
                button("Reply", "reply-open-" + id, () -> actions.startReply(id));
            } else {
                button("Send reply", "reply-post-" + id, () -> actions.reply(id));
            }
            if (note.resolved()) {
                button("Reopen", "reopen-" + id, () -> actions.resolve(id, false));
            } else {
                button("Resolve", "resolve-" + id, () -> actions.resolve(id, true));
            }
            if (mayPublish) {
                boolean isPublic = note.visibility() == NoteVisibility.PUBLIC;
                button(isPublic ? "Make team-only" : "Publish as editor's note", "publish-" + id,
                        () -> actions.publish(id, !isPublic));
            }
            html.append("</div>");
        }
        writeHtml();
    }

    NoteThread thread() {
        return thread;
    }

    boolean open() {
        return thread.open();
    }

    /** What the button with this id does, if this view rendered it. */
    Optional<Runnable> action(String buttonId) {
        return Optional.ofNullable(buttons.get(buttonId));
    }

    /** A note or reply: its header and text; Edit and Delete for its author, or the edit box if open. */
    private void note(Note note, String className, String headerHtml, String me, Open open, Actions actions) {
        html.append("<div class=\"").append(className).append("\">").append(headerHtml);
        TextArea editing = open.edits().get(note.id());
        boolean own = note.author().equals(me) && !note.deleted();
        if (own && editing != null) {
            html.append("</div>");
            Button save = new Button("Save", s -> actions.edit(note, editing.getValue()));
            save.setId("edit-save-" + note.id());
            component(editing);
            component(save);
            return;
        }
        // bodyHtml is MarkdownText's sanitised rendering; everything else here is escaped
        html.append("<div class=\"note-body\">")
                .append(note.deleted() ? "<span>(deleted)</span>"
                        : "<div>" + note.bodyHtml() + "</div>" + (note.edited() ? "<span>(edited)</span>" : ""))
                .append("</div>");
        if (own) {
            html.append("<div class=\"note-actions\">");
            button("Edit", "edit-" + note.id(), () -> actions.startEdit(note));
            button("Delete", "delete-" + note.id(), () -> actions.delete(note));
            html.append("</div>");
        }
        html.append("</div>");
    }

    private static String headerHtml(Note note) {
        StringBuilder header = new StringBuilder("<div class=\"note-meta\"><span>").append(text(note.author()))
                .append("</span><span>").append(text(anchorLabel(note.anchor()))).append("</span><span>")
                .append(WHEN.format(note.createdAt())).append("</span>");
        if (note.orphaned()) {
            header.append(badge("Orphaned: the quoted text is no longer in the event", "note-orphaned", "error"));
        }
        if (note.resolved()) {
            header.append(badge("Resolved by " + note.resolvedBy(), "note-resolved", "success"));
        }
        if (note.visibility() == NoteVisibility.PUBLIC) {
            header.append(badge("Editor's note: readers see it", "note-public", "contrast"));
        }
        return header.append("</div>").toString();
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

    /** A plain button; the panel's one click listener finds it by its {@code data-act} attribute and id. */
    private void button(String label, String id, Runnable action) {
        buttons.put(id, action);
        html.append("<button type=\"button\" data-act id=\"").append(id).append('"')
                .append(id.startsWith("delete-") ? " class=\"note-danger\"" : "").append('>').append(text(label))
                .append("</button>");
    }

    /** A component between HTML parts: the HTML so far goes into its own element first. */
    private void component(@Nullable Component component) {
        if (component != null) {
            writeHtml();
            add(component);
        }
    }

    private void writeHtml() {
        if (!html.isEmpty()) {
            Div part = new Div();
            part.getElement().setProperty("innerHTML", html.toString());
            add(part);
            html.setLength(0);
        }
    }

    private static String badge(String label, String className, String theme) {
        return "<span class=\"" + className + "\" theme=\"badge " + theme + "\">" + text(label) + "</span>";
    }

    private static String text(String plain) {
        return Entities.escape(plain);
    }
}
