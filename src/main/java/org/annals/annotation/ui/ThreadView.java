package org.annals.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.annals.annotation.Anchor;
import org.annals.annotation.Note;
import org.annals.annotation.NoteThread;
import org.annals.annotation.NoteVisibility;

/** One thread as the team sees it: the note, where it is anchored, its replies, and what one may do with it. */
class ThreadView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** What the buttons do; the panel implements it with the service and reports errors. */
    interface Actions {
        void reply(long threadId, TextArea field);

        void resolve(long threadId, boolean resolved);

        void publish(long threadId, boolean visible);

        void edit(Note note, String body);

        void delete(Note note);
    }

    private final boolean open;

    ThreadView(NoteThread thread, String me, boolean mayPublish, TextArea replyField, Span typing, Actions actions) {
        Note note = thread.note();
        open = thread.open();
        long id = note.id();
        setId("thread-" + id);
        addClassName("note-thread");
        getElement().setAttribute("data-resolved", Boolean.toString(note.resolved()));
        getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-m)");

        HorizontalLayout header = new HorizontalLayout(new Span(note.author()), new Span(anchorLabel(note.anchor())),
                new Span(WHEN.format(note.createdAt())));
        header.setSpacing(true);
        header.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        if (note.orphaned()) {
            header.add(badge("Orphaned: the quoted text is no longer in the event", "note-orphaned", "error"));
        }
        if (note.resolved()) {
            header.add(badge("Resolved by " + note.resolvedBy(), "note-resolved", "success"));
        }
        if (note.visibility() == NoteVisibility.PUBLIC) {
            header.add(badge("Editor's note: readers see it", "note-public", "contrast"));
        }
        add(header, body(note, me, actions));
        for (Note reply : thread.replies()) {
            Div line = new Div(new Span(reply.author() + " · " + WHEN.format(reply.createdAt())), body(reply, me, actions));
            line.addClassName("note-reply");
            line.getStyle().set("margin-left", "var(--lumo-space-l)");
            add(line);
        }
        add(typing);
        if (note.deleted()) {
            return;
        }
        Button send = new Button("Reply", e -> actions.reply(id, replyField));
        send.setId("reply-post-" + id);
        Button resolve = note.resolved() ? new Button("Reopen", e -> actions.resolve(id, false))
                : new Button("Resolve", e -> actions.resolve(id, true));
        resolve.setId((note.resolved() ? "reopen-" : "resolve-") + id);
        HorizontalLayout buttons = new HorizontalLayout(send, resolve);
        if (mayPublish) {
            boolean isPublic = note.visibility() == NoteVisibility.PUBLIC;
            Button publish = new Button(isPublic ? "Make team-only" : "Publish as editor's note",
                    e -> actions.publish(id, !isPublic));
            publish.setId("publish-" + id);
            buttons.add(publish);
        }
        buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
        add(replyField, buttons);
    }

    private static Div body(Note note, String me, Actions actions) {
        Div body = new Div();
        body.addClassName("note-body");
        if (note.deleted()) {
            body.add(new Span("(deleted)"));
            return body;
        }
        // sanitised HTML (MarkdownText) as one property, not parsed into server-side elements for every viewer
        Div html = new Div();
        html.getElement().setProperty("innerHTML", note.bodyHtml());
        body.add(html);
        if (note.edited()) {
            body.add(new Span("(edited)"));
        }
        if (note.author().equals(me)) {
            Button edit = new Button("Edit", e -> {
                TextArea field = new TextArea();
                field.setValue(note.body());
                field.setWidthFull();
                field.setId("edit-field-" + note.id());
                Button save = new Button("Save", s -> actions.edit(note, field.getValue()));
                save.setId("edit-save-" + note.id());
                body.removeAll();
                body.add(field, save);
            });
            edit.setId("edit-" + note.id());
            Button delete = new Button("Delete", e -> actions.delete(note));
            delete.setId("delete-" + note.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            body.add(new HorizontalLayout(edit, delete));
        }
        return body;
    }

    boolean open() {
        return open;
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

    private static Span badge(String text, String className, String theme) {
        Span badge = new Span(text);
        badge.addClassName(className);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
