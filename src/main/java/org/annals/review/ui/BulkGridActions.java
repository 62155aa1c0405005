package org.annals.review.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.event.EventId;
import org.annals.event.EventType;
import org.annals.event.ui.spi.EventGridAction;
import org.annals.event.EventFilter;
import org.annals.review.BulkActions;
import org.annals.review.BulkReviewJobs;
import org.annals.review.LabelChange;
import org.annals.shared.ui.TextPromptDialog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bulk steps on the grid's selection: editors add or remove types and tags and submit drafts for review;
 * reviewers approve what is in review.
 */
@Configuration
class BulkGridActions {

    @Bean
    EventGridAction bulkLabels(BulkActions bulk, AuthenticationContext authentication) {
        return new Editors(authentication, "bulk-labels", "review.bulk.labels") {
            @Override
            public void run(List<EventId> selected, Runnable afterwards) {
                MultiSelectComboBox<EventType> addTypes = types("review.bulk.addTypes", "bulk-add-types");
                MultiSelectComboBox<EventType> removeTypes = types("review.bulk.removeTypes", "bulk-remove-types");
                TextField addTags = tags("review.bulk.addTags", "bulk-add-tags");
                TextField removeTags = tags("review.bulk.removeTags", "bulk-remove-tags");
                new TextPromptDialog(I18NProvider.translate("review.bulk.labels.title", selected.size()),
                        I18NProvider.translate("review.bulk.labels.explanation"), I18NProvider.translate("review.bulk.message"),
                        true, I18NProvider.translate("review.bulk.labels.confirm"), message -> BulkReport.show(
                                bulk.changeLabels(selected, new LabelChange(addTypes.getValue(), removeTypes.getValue(),
                                        words(addTags.getValue()), words(removeTags.getValue())), message), afterwards))
                        .with(new FormLayout(addTypes, removeTypes, addTags, removeTags)).open();
            }
        };
    }

    @Bean
    EventGridAction bulkSubmit(BulkActions bulk, BulkReviewJobs jobs, AuthenticationContext authentication) {
        return new Editors(authentication, "bulk-submit", "review.bulk.submit") {
            @Override
            public void run(List<EventId> selected, Runnable afterwards) {
                new TextPromptDialog(I18NProvider.translate("review.bulk.submit.title", selected.size()),
                        I18NProvider.translate("review.bulk.submit.explanation"), I18NProvider.translate("review.bulk.message"),
                        true, I18NProvider.translate("review.bulk.submit.confirm"),
                        message -> BulkReport.show(bulk.submit(selected, message), afterwards)).open();
            }

            @Override
            public String wholeListLabel() {
                return I18NProvider.translate("review.job.submitAll");
            }

            @Override
            public void runOnWholeList(String timelineSlug, EventFilter filter, int listed, Runnable afterwards) {
                new TextPromptDialog(I18NProvider.translate("review.job.submitAll.title", listed),
                        I18NProvider.translate("review.job.submitAll.explanation"), I18NProvider.translate("review.bulk.message"),
                        true, I18NProvider.translate("review.job.submitAll.confirm"),
                        message -> BulkJobDialog.open(jobs.submitAll(timelineSlug, filter, message), jobs, afterwards)).open();
            }
        };
    }

    @Bean
    EventGridAction bulkApprove(BulkActions bulk, BulkReviewJobs jobs, AuthenticationContext authentication) {
        return new Editors(authentication, "bulk-approve", "review.bulk.approve", "REVIEWER", "ADMIN") {
            @Override
            public void run(List<EventId> selected, Runnable afterwards) {
                new TextPromptDialog(I18NProvider.translate("review.bulk.approve.title", selected.size()),
                        I18NProvider.translate("review.bulk.approve.explanation"),
                        I18NProvider.translate("review.bulk.approve.note"), false,
                        I18NProvider.translate("review.bulk.approve.confirm"),
                        note -> BulkReport.show(bulk.approve(selected, note.isBlank() ? null : note), afterwards)).open();
            }

            @Override
            public String wholeListLabel() {
                return I18NProvider.translate("review.job.approveAll");
            }

            @Override
            public void runOnWholeList(String timelineSlug, EventFilter filter, int listed, Runnable afterwards) {
                new TextPromptDialog(I18NProvider.translate("review.job.approveAll.title", listed),
                        I18NProvider.translate("review.job.approveAll.explanation"),
                        I18NProvider.translate("review.bulk.approve.note"), false,
                        I18NProvider.translate("review.job.approveAll.confirm"),
                        note -> BulkJobDialog.open(jobs.approveAll(timelineSlug, filter, note.isBlank() ? null : note), jobs,
                                afterwards)).open();
            }
        };
    }

    private static MultiSelectComboBox<EventType> types(String label, String id) {
        MultiSelectComboBox<EventType> types = new MultiSelectComboBox<>(I18NProvider.translate(label));
        types.setItems(EventType.values());
        types.setItemLabelGenerator(t -> I18NProvider.translate("type." + t.name()));
        types.setId(id);
        return types;
    }

    private static TextField tags(String label, String id) {
        TextField tags = new TextField(I18NProvider.translate(label));
        tags.setHelperText(I18NProvider.translate("review.bulk.tagsHint"));
        tags.setMaxLength(2000);
        tags.setId(id);
        return tags;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * Offered to editors (and administrators), or to the roles named: BulkActions checks the same, and each event's
     * timeline role.
     */
    private abstract static class Editors implements EventGridAction {

        private final AuthenticationContext authentication;
        private final String id;
        private final String labelKey;
        private final String[] roles;

        Editors(AuthenticationContext authentication, String id, String labelKey) {
            this(authentication, id, labelKey, "EDITOR", "ADMIN");
        }

        Editors(AuthenticationContext authentication, String id, String labelKey, String... roles) {
            this.authentication = authentication;
            this.id = id;
            this.labelKey = labelKey;
            this.roles = roles;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String label() {
            return I18NProvider.translate(labelKey);
        }

        @Override
        public boolean offered() {
            return authentication.hasAnyRole(roles);
        }
    }
}
