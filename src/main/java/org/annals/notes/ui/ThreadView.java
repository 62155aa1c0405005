package org.annals.notes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annals.notes.Anchor;
import org.annals.notes.Note;
import org.annals.notes.NoteThread;
import org.annals.notes.NoteVisibility;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * One thread as the team sees it: the note, where it is anchored, its replies, and what one may do with it.
 * <p>
 * Built light on purpose (decisions 0015 and 0016): every notes panel open on the event receives each new thread
 * through Push, and with fifty editors on one event the browsers' work per thread was most of the time from a save to
 * the note on their screens. So the thread is HTML — who, on what, when, the sanitised text and the action buttons —
 * in as few {@code innerHTML} parts as its components allow: one, unless this person has opened a reply box or an edit
 * box in it; those are components between the HTML parts, and a "typing" line comes last. The buttons carry no
 * listener of their own: the panel listens to clicks on all threads at once and asks the thread which of <em>its</em>
 * buttons was clicked ({@link #action}), so a click can only do what a button rendered for this person does.
 * <p>
 * A view lives as long as its thread is shown and is {@linkplain #render rendered again} on each change: HTML parts are
 * rewritten in place and the boxes stay where they are, so someone typing a reply keeps the focus and the caret while
 * other people's replies arrive.
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

        void approveEditorsNote(long threadId);

        void startEdit(Note note);

        void delete(Note note);
    }

    /** The boxes this person has open in the thread (the edit boxes by note id), and who is typing in it. */
    record Open(@Nullable TextArea reply, Map<Long, ? extends Component> edits, @Nullable Span typing) {
    }

    private @Nullable NoteThread thread;
    /** {@link #WHEN} in this person's language, set on each rendering. */
    private DateTimeFormatter when = WHEN;
    /** The actions of the buttons rendered, by button id. */
    private final Map<String, Runnable> buttons = new HashMap<>();
    /** The parts being rendered: HTML strings and components, in order. */
    private final List<Object> parts = new ArrayList<>();
    /** HTML not yet made a part. */
    private final StringBuilder html = new StringBuilder();

    ThreadView(long threadId) {
        setId("thread-" + threadId);
        addClassName("note-thread");
    }

    /** Shows the thread as it is now, changing only what differs from what is on screen. */
    void render(NoteThread thread, String me, boolean mayPublish, boolean mayReview, Open open, Actions actions) {
        this.thread = thread;
        when = inLanguage(WHEN, getLocale());
        buttons.clear();
        Note note = thread.note();
        long id = note.id();
        getElement().setAttribute("data-resolved", Boolean.toString(note.resolved()));
        note(note, "note", headerHtml(note), me, open, actions);
        for (Note reply : thread.replies()) {
            note(reply, "note-reply", "<div class=\"note-meta\"><span>" + text(reply.author()) + " · "
                    + when.format(reply.createdAt()) + "</span></div>", me, open, actions);
        }
        if (!note.deleted()) {
            component(open.reply());
            html.append("<div class=\"note-actions\">");
            if (open.reply() == null) {
                button("notes.thread.reply", "reply-open-" + id, () -> actions.startReply(id));
            } else {
                button("notes.thread.sendReply", "reply-post-" + id, () -> actions.reply(id));
            }
            // each state has its own button id: a second click that arrives after the change does not undo it
            if (note.resolved()) {
                button("notes.thread.reopen", "reopen-" + id, () -> actions.resolve(id, false));
            } else {
                button("notes.thread.resolve", "resolve-" + id, () -> actions.resolve(id, true));
            }
            switch (note.visibility()) {
                case TEAM -> {
                    if (mayPublish) {
                        button("notes.thread.publish", "publish-" + id, () -> actions.publish(id, true));
                    }
                }
                case PROPOSED -> {
                    // the four-eyes rule: the editor who proposed it is not offered its approval
                    if (mayReview && !me.equals(note.visibilityBy())) {
                        button("notes.thread.approve", "approve-note-" + id, () -> actions.approveEditorsNote(id));
                    }
                    if (mayPublish || mayReview) {
                        button("notes.thread.keepTeamOnly", "unpublish-" + id, () -> actions.publish(id, false));
                    }
                }
                case PUBLIC -> {
                    if (mayPublish) {
                        button("notes.thread.withdraw", "unpublish-" + id, () -> actions.publish(id, false));
                    }
                }
            }
            html.append("</div>");
        }
        // last, so that the line appearing later does not move the boxes above it
        component(open.typing());
        writeHtml();
        showParts();
    }

    /** Month names in this person's language (English ones the same for every English, as in DateLabels). */
    static DateTimeFormatter inLanguage(DateTimeFormatter formatter, Locale locale) {
        return formatter.withLocale("en".equals(locale.getLanguage()) ? Locale.ENGLISH : locale);
    }

    NoteThread thread() {
        return java.util.Objects.requireNonNull(thread, "rendered on creation");
    }

    boolean open() {
        return thread().open();
    }

    /** What the button with this id does, if this view rendered it. */
    Optional<Runnable> action(String buttonId) {
        return Optional.ofNullable(buttons.get(buttonId));
    }

    /** A note or reply: its header and text; Edit and Delete for its author, or the edit box if open. */
    private void note(Note note, String className, String headerHtml, String me, Open open, Actions actions) {
        // the inbox links here (#note-<id>)
        html.append("<div id=\"note-").append(note.id()).append("\" class=\"").append(className).append("\">").append(headerHtml);
        Component editing = open.edits().get(note.id());
        boolean own = note.author().equals(me) && !note.deleted();
        if (own && editing != null) {
            html.append("</div>");
            component(editing);
            return;
        }
        // bodyHtml is MarkdownText's sanitised rendering; everything else here is escaped
        html.append("<div class=\"note-body\">")
                .append(note.deleted() ? "<span>" + text(getTranslation("notes.thread.deleted")) + "</span>"
                        : "<div>" + note.bodyHtml() + "</div>"
                                + (note.edited() ? "<span>" + text(getTranslation("notes.thread.edited")) + "</span>" : ""))
                .append("</div>");
        if (own) {
            html.append("<div class=\"note-actions\">");
            // an editor's note readers see (or will see) changes only by going team-only first (AnnotationService.edit)
            if (note.visibility() == NoteVisibility.TEAM) {
                button("notes.thread.edit", "edit-" + note.id(), () -> actions.startEdit(note));
            }
            button("notes.thread.delete", "delete-" + note.id(), () -> actions.delete(note));
            html.append("</div>");
        }
        html.append("</div>");
    }

    private String headerHtml(Note note) {
        StringBuilder header = new StringBuilder("<div class=\"note-meta\"><span>").append(text(note.author()))
                .append("</span><span>").append(text(anchorLabel(note.anchor()))).append("</span><span>")
                .append(when.format(note.createdAt())).append("</span>");
        if (note.orphaned()) {
            header.append(badge(getTranslation("notes.thread.orphaned"), "note-orphaned", "error"));
        }
        if (note.resolved()) {
            header.append(badge(getTranslation("notes.thread.resolvedBy", note.resolvedBy()), "note-resolved", "success"));
        }
        if (note.visibility() == NoteVisibility.PUBLIC) {
            header.append(badge(getTranslation("notes.visibility.PUBLIC"), "note-public", "contrast"));
        } else if (note.visibility() == NoteVisibility.PROPOSED) {
            header.append(badge(getTranslation("notes.visibility.PROPOSED", note.visibilityBy()),
                    "note-proposed", "contrast"));
        }
        return header.append("</div>").toString();
    }

    private String anchorLabel(Anchor anchor) {
        String on = getTranslation("notes.anchorOn." + anchor.target().name());
        if (anchor.citationUrl() != null) {
            on += " (" + anchor.citationUrl() + ")";
        }
        if (anchor.quote() != null) {
            on = getTranslation("notes.thread.quoted", on, anchor.quote().exact());
        }
        return on;
    }

    /** A plain button; the panel's one click listener finds it by its {@code data-act} attribute and id. */
    private void button(String labelKey, String id, Runnable action) {
        buttons.put(id, action);
        html.append("<button type=\"button\" data-act id=\"").append(id).append('"')
                .append(id.startsWith("delete-") ? " class=\"note-danger\"" : "").append('>').append(text(getTranslation(labelKey)))
                .append("</button>");
    }

    /** A component between HTML parts: the HTML so far becomes a part first. */
    private void component(@Nullable Component component) {
        if (component != null) {
            writeHtml();
            parts.add(component);
        }
    }

    private void writeHtml() {
        if (!html.isEmpty()) {
            parts.add(html.toString());
            html.setLength(0);
        }
    }

    /**
     * Puts the parts on screen, reusing what is there: an HTML part's element gets new HTML only if it changed, and a
     * box already in its place stays attached. Only when the order of boxes changed is the thread built anew.
     */
    private void showParts() {
        List<Component> shown = getChildren().toList();
        boolean same = parts.size() >= shown.size();
        for (int i = 0; same && i < shown.size(); i++) {
            same = parts.get(i) instanceof String ? shown.get(i) instanceof HtmlPart : parts.get(i) == shown.get(i);
        }
        if (!same) {
            removeAll();
            shown = List.of();
        }
        for (int i = 0; i < parts.size(); i++) {
            Object part = parts.get(i);
            if (i < shown.size()) {
                if (part instanceof String partHtml) {
                    ((HtmlPart) shown.get(i)).show(partHtml);
                }
            } else {
                add(part instanceof String partHtml ? new HtmlPart(partHtml) : (Component) part);
            }
        }
        parts.clear();
    }

    /** An element whose content is one HTML string, written again only when it changes. */
    private static final class HtmlPart extends Div {
        private String html = "";

        HtmlPart(String html) {
            show(html);
        }

        void show(String newHtml) {
            if (!newHtml.equals(html)) {
                html = newHtml;
                getElement().setProperty("innerHTML", newHtml);
            }
        }
    }

    private static String badge(String label, String className, String theme) {
        return "<span class=\"" + className + "\" theme=\"badge " + theme + "\">" + text(label) + "</span>";
    }

    private static String text(String plain) {
        return Entities.escape(plain);
    }
}
