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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
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
@PageTitle("Timelines and teams · Annals")
@Menu(title = "Timelines and teams", order = 10)
@RolesAllowed("ADMIN")
class TimelinesAdminView extends VerticalLayout {

    private final TimelineService timelines;
    private final Grid<TimelineSummary> grid = new Grid<>();
    private final Grid<TimelineMember> members = new Grid<>();
    private final H2 teamHeading = new H2("Team");
    private final TextField username = new TextField("Username");
    private final Select<Role> role = new Select<>();

    TimelinesAdminView(TimelineService timelines) {
        this.timelines = timelines;
        grid.setId("timelines");
        grid.addColumn(TimelineSummary::title).setHeader("Title").setFlexGrow(1);
        grid.addColumn(TimelineSummary::slug).setHeader("Slug").setAutoWidth(true);
        grid.addColumn(t -> t.visibility().name().toLowerCase(Locale.ROOT)).setHeader("Visibility").setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Checkbox rule = new Checkbox(t.fourEyes());
            rule.setAriaLabel("Four-eyes rule on " + t.title());
            rule.addValueChangeListener(e -> {
                timelines.setFourEyes(t.slug(), e.getValue());
                Notifications.success("Four-eyes rule " + (e.getValue() ? "on" : "off") + " for " + t.title());
            });
            return rule;
        }).setHeader("Four-eyes").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showTeam(e.getValue()));
        add(new H2("Timelines"), grid, createForm(), teamHeading, members, grantForm());
        members.setId("members");
        members.addColumn(TimelineMember::username).setHeader("User").setFlexGrow(1);
        members.addColumn(m -> m.role().name().toLowerCase(Locale.ROOT)).setHeader("Role").setAutoWidth(true);
        members.addComponentColumn(m -> {
            Button revoke = new Button("Revoke", e -> {
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
        TextField slug = new TextField("Slug (in every public link)");
        TextField title = new TextField("Title");
        TextArea description = new TextArea("Description");
        Select<Visibility> visibility = new Select<>();
        visibility.setLabel("Visibility");
        visibility.setItems(Visibility.values());
        visibility.setValue(Visibility.PRIVATE);
        Checkbox fourEyes = new Checkbox("Four-eyes rule (a reviewer cannot approve their own change)", true);
        Map<String, HasValidation> fields = Map.of("slug", slug, "title", title, "description", description);
        Button create = new Button("Create timeline", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                TimelineSummary created = timelines.create(new NewTimeline(slug.getValue(), title.getValue(),
                        description.getValue(), visibility.getValue()));
                if (!fourEyes.getValue()) {
                    timelines.setFourEyes(created.slug(), false);
                }
                Notifications.success("Created " + created.title());
                slug.clear();
                title.clear();
                description.clear();
                refresh();
            } catch (InvalidInputException ex) {
                HasValidation field = fields.getOrDefault(String.valueOf(ex.field()), slug);
                field.setErrorMessage(ex.getMessage());
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
        role.setLabel("Role");
        role.setItems(Role.EDITOR, Role.REVIEWER, Role.ANNOTATOR);
        role.setItemLabelGenerator(r -> r.name().toLowerCase(Locale.ROOT));
        role.setValue(Role.EDITOR);
        Button grant = new Button("Grant", e -> {
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
                username.setErrorMessage(ex.getMessage());
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
        teamHeading.setText(selected ? "Team of " + timeline.title() : "Select a timeline to see its team");
        members.setVisible(selected);
        username.setEnabled(selected);
        members.setItems(selected ? timelines.members(timeline.slug()) : java.util.List.of());
    }
}
