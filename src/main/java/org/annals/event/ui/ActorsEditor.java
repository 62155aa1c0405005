package org.annals.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.annals.event.ActorKind;
import org.annals.event.ActorLink;
import org.annals.event.ActorOption;
import org.annals.event.ActorRole;
import org.annals.shared.InvalidInputException;

/** The actors of an event: pick a known one or type a new name (with its kind), and give its role. */
class ActorsEditor extends LinkListEditor<ActorLink> {

    private final ComboBox<String> name = new ComboBox<>();
    private final Select<ActorKind> kind = new Select<>();
    private final Select<ActorRole> role = new Select<>();
    private List<ActorOption> known = List.of();

    ActorsEditor() {
        super("editor.actors.title", "actors");
        column(ActorLink::name, "editor.actors.header.name");
        column(a -> getTranslation("form.actorKind." + a.kind().name()), "editor.actors.header.kind");
        column(a -> getTranslation("role." + a.role().name()), "editor.actors.header.role");
        finishColumns();
        name.setLabel(getTranslation("editor.actors.actor"));
        name.setAllowCustomValue(true);
        name.setId("actor-name");
        name.addCustomValueSetListener(e -> name.setValue(e.getDetail()));
        name.addValueChangeListener(e -> known.stream().filter(a -> a.name().equals(e.getValue())).findFirst()
                .ifPresent(a -> kind.setValue(a.kind())));
        kind.setLabel(getTranslation("editor.actors.kind"));
        kind.setItems(ActorKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("form.actorKind." + k.name()));
        kind.setValue(ActorKind.STATE);
        role.setLabel(getTranslation("editor.actors.role"));
        role.setItems(ActorRole.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(ActorRole.PARTICIPANT);
        Button add = new Button(getTranslation("editor.actors.add"), e -> {
            try {
                append(new ActorLink(name.getValue(), kind.getValue(), role.getValue()));
            } catch (InvalidInputException ex) {
                name.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(ex));
                name.setInvalid(true);
            }
        });
        add.setId("add-actor");
        HorizontalLayout form = new HorizontalLayout(name, kind, role, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        addForm(form);
        submitButton(add, getTranslation("editor.actors.update"));
    }

    @Override
    protected void load(ActorLink actor) {
        name.setValue(actor.name());
        kind.setValue(actor.kind());
        role.setValue(actor.role());
    }

    @Override
    protected void clearForm() {
        name.clear();
        name.setInvalid(false);
    }

    void setKnownActors(List<ActorOption> actors) {
        known = actors;
        name.setItems(actors.stream().map(ActorOption::name).toList());
    }
}
