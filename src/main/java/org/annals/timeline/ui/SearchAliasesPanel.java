package org.annals.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.annals.shared.InvalidInputException;
import org.annals.timeline.SearchAlias;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;

/**
 * The other names readers may search the selected timeline for (Kiev → Kyiv): a searched word that is one of them
 * also finds the name it stands for. Spellings and languages a transliteration cannot bridge are the desk's to name.
 */
class SearchAliasesPanel extends VerticalLayout {

    private final TimelineService timelines;
    private final Grid<SearchAlias> aliases = new Grid<>();
    private final TextField alias = new TextField(getTranslation("admin.aliases.alias"));
    private final TextField name = new TextField(getTranslation("admin.aliases.name"));
    private @Nullable TimelineSummary timeline;

    SearchAliasesPanel(TimelineService timelines) {
        this.timelines = timelines;
        setPadding(false);
        setId("search-aliases");
        aliases.addColumn(SearchAlias::alias).setHeader(getTranslation("admin.aliases.alias")).setFlexGrow(1);
        aliases.addColumn(SearchAlias::name).setHeader(getTranslation("admin.aliases.name")).setFlexGrow(1);
        aliases.addComponentColumn(a -> {
            Button remove = new Button(getTranslation("admin.aliases.remove"), e -> {
                timelines.removeSearchAlias(timeline.slug(), a.alias());
                show(timeline);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        aliases.setAllRowsVisible(true);
        alias.setId("alias-alias");
        name.setId("alias-name");
        Button add = new Button(getTranslation("admin.aliases.add"), e -> add());
        add.setId("alias-add");
        HorizontalLayout form = new HorizontalLayout(alias, name, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H3(getTranslation("admin.aliases.title")), new Paragraph(getTranslation("admin.aliases.help")), aliases, form);
        show(null);
    }

    void show(@Nullable TimelineSummary selected) {
        timeline = selected;
        setVisible(selected != null);
        aliases.setItems(selected == null ? java.util.List.of() : timelines.searchAliases(selected.id()));
    }

    private void add() {
        if (timeline == null) {
            return;
        }
        alias.setInvalid(false);
        name.setInvalid(false);
        try {
            timelines.putSearchAlias(timeline.slug(), new SearchAlias(alias.getValue(), name.getValue()));
            alias.clear();
            name.clear();
            show(timeline);
        } catch (InvalidInputException ex) {
            TextField field = "name".equals(ex.field()) ? name : alias;
            field.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(ex));
            field.setInvalid(true);
        }
    }
}
