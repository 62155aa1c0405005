package org.annals.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
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
        Span status = new Span(getTranslation("review.bar.status", getTranslation("form.status." + state.status().name())));
        status.setId("workflow-status");
        status.getElement().getThemeList().add("badge");
        add(status);
        if (state.pendingCorrection()) {
            add(new Paragraph(getTranslation("review.bar.pendingCorrection")));
        }
        if (state.reviewComment() != null && state.status() == EventStatus.DRAFT) {
            Paragraph comment = new Paragraph(getTranslation("review.bar.returnedBy", state.reviewComment()));
            comment.setId("review-comment");
            comment.addClassName("annals-disagreement");
            add(comment);
        }
        if (EventLinks.of(event).unresolvedContradiction()) {
            Paragraph warning = new Paragraph(getTranslation("review.bar.contradiction"));
            warning.setId("contradiction-warning");
            warning.addClassName("annals-disagreement");
            add(warning);
        }
        boolean editor = authentication.hasAnyRole("EDITOR", "ADMIN");
        boolean reviewer = authentication.hasAnyRole("REVIEWER", "ADMIN");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (editor && state.status() == EventStatus.DRAFT) {
            actions.add(button("review.bar.submit", "submit", () -> new TextPromptDialog(getTranslation("review.submit.title"),
                    getTranslation("review.submit.explanation"), getTranslation("review.submit.label"), true,
                    getTranslation("review.submit.confirm"),
                    message -> step(() -> workflow.submit(event.id(), event.version(), message), "review.submit.done", afterStep))));
        }
        boolean fourEyesAllows = reviewer && state.status() == EventStatus.IN_REVIEW && workflow.fourEyesAllowsApproval(event.id());
        if (reviewer && state.status() == EventStatus.IN_REVIEW && !fourEyesAllows) {
            Paragraph own = new Paragraph(getTranslation("review.bar.fourEyes"));
            own.setId("four-eyes-note");
            add(own);
        }
        if (fourEyesAllows) {
            actions.add(button("review.bar.approve", "approve", () -> approveDialog(event, state, workflow, afterStep)));
        }
        if (reviewer && state.status() == EventStatus.IN_REVIEW) {
            actions.add(button("review.bar.return", "return", () -> new TextPromptDialog(getTranslation("review.return.title"),
                    getTranslation("review.return.explanation"), getTranslation("review.return.label"), true,
                    getTranslation("review.return.confirm"),
                    comment -> step(() -> workflow.returnToEditor(event.id(), event.version(), comment), "review.return.done", afterStep))));
        }
        if ((editor || reviewer) && state.pendingCorrection()) {
            actions.add(button("review.bar.discard", "discard", () -> new TextPromptDialog(getTranslation("review.discard.title"),
                    getTranslation("review.discard.explanation"), getTranslation("review.discard.label"), false,
                    getTranslation("review.discard.confirm"),
                    why -> step(() -> workflow.discardCorrection(event.id(), event.version()), "review.discard.done", afterStep))));
        }
        if (reviewer && state.hasPublishedVersion() && state.status() != EventStatus.RETRACTED
                && state.status() != EventStatus.MERGED) {
            actions.add(button("review.bar.retract", "retract", () -> new TextPromptDialog(getTranslation("review.retract.title"),
                    getTranslation("review.retract.explanation"), getTranslation("review.retract.label"), true,
                    getTranslation("review.retract.confirm"),
                    note -> step(() -> workflow.retract(event.id(), event.version(), note), "review.retract.done", afterStep))));
        }
        if (reviewer && state.status() != EventStatus.RETRACTED && state.status() != EventStatus.MERGED) {
            Button merge = new Button(getTranslation("review.bar.merge"), e -> new MergeDialog(event, events, workflow, afterStep).open());
            merge.setId("merge");
            actions.add(merge);
        }
        add(actions);
    }

    private TextPromptDialog approveDialog(EventDetails event, EditorialState state, ReviewService workflow,
            Consumer<EventDetails> afterStep) {
        // a correction can be marked minor (a typo): the log lists it as such instead of as a substantive correction
        Checkbox minor = new Checkbox(getTranslation("review.approve.minor"));
        minor.setId("approve-minor");
        TextPromptDialog dialog = new TextPromptDialog(getTranslation("review.approve.title"),
                getTranslation(state.hasPublishedVersion() ? "review.approve.explanationCorrection"
                        : "review.approve.explanationNew"),
                getTranslation("review.approve.label"), false, getTranslation("review.approve.confirm"),
                note -> step(() -> workflow.approve(event.id(), event.version(), note, minor.getValue()), "review.approve.done",
                        afterStep));
        return state.hasPublishedVersion() ? dialog.with(minor) : dialog;
    }

    private Button button(String labelKey, String id, java.util.function.Supplier<TextPromptDialog> dialog) {
        Button button = new Button(getTranslation(labelKey), e -> dialog.get().open());
        button.setId(id);
        return button;
    }

    private void step(java.util.function.Supplier<EventDetails> action, String doneKey, Consumer<EventDetails> afterStep) {
        try {
            EventDetails result = action.get();
            Notifications.success(getTranslation(doneKey));
            afterStep.accept(result);
        } catch (WorkflowViolationException | EditConflictException e) {
            Notifications.error(org.annals.shared.ui.ErrorTexts.of(e));
        }
    }
}
