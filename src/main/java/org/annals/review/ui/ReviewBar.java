package org.annals.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.function.Consumer;
import org.annals.event.EditorialState;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventLinks;
import org.annals.event.EventStatus;
import org.annals.event.WorkflowViolationException;
import org.annals.review.ReviewService;
import org.annals.shared.EditConflictException;
import org.annals.shared.ui.Notifications;
import org.annals.shared.ui.TextPromptDialog;

/**
 * Where the event stands and the next steps this person may take: submit (editors), approve or return (reviewers),
 * discard a pending correction, retract or merge a duplicate (reviewers). Buttons are a courtesy; the review service
 * checks the same rules.
 */
class ReviewBar extends Div {

    ReviewBar(EventDetails event, EditorialState state, ReviewService workflow, EventEditingService events,
            AuthenticationContext authentication, Consumer<EventDetails> afterStep) {
        setId("workflow");
        // which saved version the actions act on: a step offered for an older version would be refused as a conflict
        getElement().setAttribute("data-version", String.valueOf(event.version()));
        Span status = new Span("Status: " + state.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        status.setId("workflow-status");
        status.getElement().getThemeList().add("badge");
        add(status);
        if (state.pendingCorrection()) {
            add(new Paragraph("Readers see the published version until this correction is approved."));
        }
        if (state.reviewComment() != null && state.status() == EventStatus.DRAFT) {
            Paragraph comment = new Paragraph("Returned by the reviewer: " + state.reviewComment());
            comment.setId("review-comment");
            comment.addClassName("annals-disagreement");
            add(comment);
        }
        if (EventLinks.of(event).unresolvedContradiction()) {
            Paragraph warning = new Paragraph("A cited source contradicts this event. Record under 'Where sources "
                    + "disagree' which reading the event uses and why; readers will see it.");
            warning.setId("contradiction-warning");
            warning.addClassName("annals-disagreement");
            add(warning);
        }
        boolean editor = authentication.hasAnyRole("EDITOR", "ADMIN");
        boolean reviewer = authentication.hasAnyRole("REVIEWER", "ADMIN");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (editor && state.status() == EventStatus.DRAFT) {
            actions.add(button("Submit for review", "submit", () -> new TextPromptDialog("Submit for review",
                    "A reviewer will read your change. Say what it is and what you checked.", "Message", true, "Submit",
                    message -> step(() -> workflow.submit(event.id(), event.version(), message), "Submitted for review", afterStep))));
        }
        boolean fourEyesAllows = reviewer && state.status() == EventStatus.IN_REVIEW && workflow.fourEyesAllowsApproval(event.id());
        if (reviewer && state.status() == EventStatus.IN_REVIEW && !fourEyesAllows) {
            Paragraph own = new Paragraph("Four-eyes rule: you wrote or submitted this change, so another reviewer approves it.");
            own.setId("four-eyes-note");
            add(own);
        }
        if (fourEyesAllows) {
            actions.add(button("Approve and publish", "approve", () -> approveDialog(event, state, workflow, afterStep)));
        }
        if (reviewer && state.status() == EventStatus.IN_REVIEW) {
            actions.add(button("Return to editor", "return", () -> new TextPromptDialog("Return to the editor",
                    "Say what needs to change before this can be published.", "Comment", true, "Return",
                    comment -> step(() -> workflow.returnToEditor(event.id(), event.version(), comment), "Returned", afterStep))));
        }
        if ((editor || reviewer) && state.pendingCorrection()) {
            actions.add(button("Discard the correction", "discard", () -> new TextPromptDialog("Discard the correction",
                    "The event goes back to its published version; the discarded text stays in the history.",
                    "Why (optional)", false, "Discard",
                    why -> step(() -> workflow.discardCorrection(event.id(), event.version()), "Correction discarded", afterStep))));
        }
        if (reviewer && state.hasPublishedVersion() && state.status() != EventStatus.RETRACTED
                && state.status() != EventStatus.MERGED) {
            actions.add(button("Retract", "retract", () -> new TextPromptDialog("Retract this event",
                    "Readers will see your note in its place and in the corrections log. Nothing is deleted.",
                    "Correction note (public)", true, "Retract",
                    note -> step(() -> workflow.retract(event.id(), event.version(), note), "Retracted", afterStep))));
        }
        if (reviewer && state.status() != EventStatus.RETRACTED && state.status() != EventStatus.MERGED) {
            Button merge = new Button("Merge into…", e -> new MergeDialog(event, events, workflow, afterStep).open());
            merge.setId("merge");
            actions.add(merge);
        }
        add(actions);
    }

    private static TextPromptDialog approveDialog(EventDetails event, EditorialState state, ReviewService workflow,
            Consumer<EventDetails> afterStep) {
        // a correction can be marked minor (a typo): the log lists it as such instead of as a substantive correction
        Checkbox minor = new Checkbox("Minor change (a typo, punctuation): listed as minor in the corrections log");
        minor.setId("approve-minor");
        TextPromptDialog dialog = new TextPromptDialog("Approve and publish",
                state.hasPublishedVersion() ? "Readers will see this version, and the public corrections log will say "
                        + "what changed: your note, or without one a line naming the parts that changed."
                        : "Readers will see this event.",
                "Correction note (public, optional)", false, "Publish",
                note -> step(() -> workflow.approve(event.id(), event.version(), note, minor.getValue()), "Published", afterStep));
        return state.hasPublishedVersion() ? dialog.with(minor) : dialog;
    }

    private static Button button(String label, String id, java.util.function.Supplier<TextPromptDialog> dialog) {
        Button button = new Button(label, e -> dialog.get().open());
        button.setId(id);
        return button;
    }

    private static void step(java.util.function.Supplier<EventDetails> action, String done, Consumer<EventDetails> afterStep) {
        try {
            EventDetails result = action.get();
            Notifications.success(done);
            afterStep.accept(result);
        } catch (WorkflowViolationException | EditConflictException e) {
            Notifications.error(e.getMessage());
        }
    }
}
