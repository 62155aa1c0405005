package org.annals.timeline.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.annals.security.Role;
import org.annals.shared.InvalidInputException;
import org.annals.shared.ui.Notifications;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineMember;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.annals.timeline.Visibility;

/** Administrators create timelines and decide who works on each, in which role. */
@Route("admin/timelines")
@Menu(title = "Timelines and teams", order = 10)
@RolesAllowed("ADMIN")
class TimelinesAdminView extends VerticalLayout implements HasDynamicTitle {

    private final TimelineService timelines;
    private final Grid<TimelineSummary> grid = new Grid<>();
    private final Grid<TimelineMember> members = new Grid<>();
    private final H2 teamHeading = new H2(getTranslation("admin.team"));
    private final TextField username = new TextField(getTranslation("admin.grant.username"));
    private final Select<Role> role = new Select<>();
    private final SearchAliasesPanel aliasesPanel;

    TimelinesAdminView(TimelineService timelines) {
        this.timelines = timelines;
        grid.setId("timelines");
        grid.addColumn(TimelineSummary::title).setHeader(getTranslation("admin.column.title")).setFlexGrow(1);
        grid.addColumn(TimelineSummary::slug).setHeader(getTranslation("admin.column.slug")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("admin.visibility." + t.visibility().name()))
                .setHeader(getTranslation("admin.column.visibility")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Checkbox rule = new Checkbox(t.fourEyes());
            rule.setAriaLabel(getTranslation("admin.fourEyes.label", t.title()));
            rule.addValueChangeListener(e -> {
                timelines.setFourEyes(t.slug(), e.getValue());
                Notifications.success(getTranslation(e.getValue() ? "admin.fourEyes.on" : "admin.fourEyes.off", t.title()));
            });
            return rule;
        }).setHeader(getTranslation("admin.column.fourEyes")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showTeam(e.getValue()));
        aliasesPanel = new SearchAliasesPanel(timelines);
        add(new H2(getTranslation("admin.timelines")), grid, createForm(), teamHeading, members, grantForm(), aliasesPanel);
        members.setId("members");
        members.addColumn(TimelineMember::username).setHeader(getTranslation("admin.column.user")).setFlexGrow(1);
        members.addColumn(m -> roleLabel(m.role())).setHeader(getTranslation("admin.column.role")).setAutoWidth(true);
        members.addComponentColumn(m -> {
            Button revoke = new Button(getTranslation("admin.revoke"), e -> {
                timelines.revoke(grid.asSingleSelect().getValue().slug(), m.username(), m.role());
                showTeam(grid.asSingleSelect().getValue());
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        members.setAllRowsVisible(true);
        refresh();
        showTeam(null);
    }

    private FormLayout createForm() {
        TextField slug = new TextField(getTranslation("admin.create.slug"));
        TextField title = new TextField(getTranslation("admin.create.title"));
        TextArea description = new TextArea(getTranslation("admin.create.description"));
        Select<Visibility> visibility = new Select<>();
        visibility.setLabel(getTranslation("admin.create.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("admin.create.visibility." + v.name()));
        visibility.setValue(Visibility.PRIVATE);
        Checkbox fourEyes = new Checkbox(getTranslation("admin.create.fourEyes"), true);
        Map<String, HasValidation> fields = Map.of("slug", slug, "title", title, "description", description);
        Button create = new Button(getTranslation("admin.create.button"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                TimelineSummary created = timelines.create(new NewTimeline(slug.getValue(), title.getValue(),
                        description.getValue(), visibility.getValue()));
                if (!fourEyes.getValue()) {
                    timelines.setFourEyes(created.slug(), false);
                }
                Notifications.success(getTranslation("admin.created", created.title()));
                slug.clear();
                title.clear();
                description.clear();
                refresh();
            } catch (InvalidInputException ex) {
                HasValidation field = fields.getOrDefault(String.valueOf(ex.field()), slug);
                field.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(ex));
                field.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(slug, title, description, visibility, fourEyes, create);
        form.setColspan(description, 2);
        return form;
    }

    private HorizontalLayout grantForm() {
        username.setId("grant-username");
        role.setLabel(getTranslation("admin.grant.role"));
        role.setItems(Role.EDITOR, Role.REVIEWER, Role.ANNOTATOR);
        role.setItemLabelGenerator(this::roleLabel);
        role.setValue(Role.EDITOR);
        Button grant = new Button(getTranslation("admin.grant.button"), e -> {
            TimelineSummary timeline = grid.asSingleSelect().getValue();
            if (timeline == null) {
                return;
            }
            try {
                timelines.grant(timeline.slug(), username.getValue().strip(), role.getValue());
                username.clear();
                username.setInvalid(false);
                showTeam(timeline);
            } catch (InvalidInputException ex) {
                username.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(ex));
                username.setInvalid(true);
            }
        });
        grant.setId("grant");
        HorizontalLayout form = new HorizontalLayout(username, role, grant);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        grid.setItems(timelines.all());
    }

    private void showTeam(TimelineSummary timeline) {
        boolean selected = timeline != null;
        teamHeading.setText(selected ? getTranslation("admin.teamOf", timeline.title()) : getTranslation("admin.team.none"));
        members.setVisible(selected);
        username.setEnabled(selected);
        members.setItems(selected ? timelines.members(timeline.slug()) : java.util.List.of());
        aliasesPanel.show(timeline);
    }

    private String roleLabel(Role r) {
        return getTranslation("admin.role." + r.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.pageTitle");
    }
}
