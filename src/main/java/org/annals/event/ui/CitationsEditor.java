package org.annals.event.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.annals.event.CitationInput;
import org.annals.event.CitationStance;
import org.annals.shared.InvalidInputException;
import org.annals.shared.ui.DateInputs;
import org.annals.source.SourceInput;
import org.annals.source.SourceView;

/**
 * Sources with verbatim quotes. Typing a URL the timeline already cites fills in what is known about that source,
 * so it is reused rather than entered twice; each citation says whether it agrees, contradicts or adds context.
 */
class CitationsEditor extends LinkListEditor<CitationInput> {

    private final TextField url = new TextField();
    private final TextField publisher = new TextField();
    private final TextField title = new TextField();
    private final DatePicker publishedOn = DateInputs.localised(new DatePicker());
    private final TextField language = new TextField();
    private final TextField archiveUrl = new TextField();
    private final TextArea quote = new TextArea();
    private final TextField supports = new TextField();
    private final Select<CitationStance> stance = new Select<>();
    private final Paragraph reuse = new Paragraph();
    private final Map<String, HasValidation> fields = Map.of("url", url, "publisher", publisher, "title", title,
            "language", language, "archiveUrl", archiveUrl, "quote", quote, "supports", supports);

    CitationsEditor(Function<String, Optional<SourceView>> knownSource) {
        super("editor.citations.title", "citations");
        column(c -> c.source().publisher() != null ? c.source().publisher() : c.source().url(), "editor.citations.header.source");
        column(c -> c.quote() == null ? "" : "“" + c.quote() + "”", "editor.citations.header.quote");
        column(c -> getTranslation("form.stance." + c.stance().name()), "editor.citations.header.stance");
        finishColumns();
        url.setLabel(getTranslation("editor.citations.url"));
        publisher.setLabel(getTranslation("editor.citations.publisher"));
        title.setLabel(getTranslation("editor.citations.sourceTitle"));
        publishedOn.setLabel(getTranslation("editor.citations.publishedOn"));
        language.setLabel(getTranslation("editor.citations.language"));
        archiveUrl.setLabel(getTranslation("editor.citations.archiveUrl"));
        quote.setLabel(getTranslation("editor.citations.quote"));
        supports.setLabel(getTranslation("editor.citations.supports"));
        url.setId("source-url");
        quote.setId("quote");
        stance.setLabel(getTranslation("editor.citations.stance"));
        stance.setItems(CitationStance.values());
        stance.setItemLabelGenerator(s -> getTranslation("form.stance." + s.name()));
        stance.setValue(CitationStance.AGREES);
        stance.setId("stance");
        reuse.setId("source-reuse");
        url.addValueChangeListener(e -> knownSource.apply(e.getValue()).ifPresentOrElse(source -> {
            publisher.setValue(source.publisher() == null ? "" : source.publisher());
            title.setValue(source.title() == null ? "" : source.title());
            publishedOn.setValue(source.publishedOn());
            language.setValue(source.language() == null ? "" : source.language());
            archiveUrl.setValue(source.archiveUrl() == null ? "" : source.archiveUrl());
            reuse.setText(getTranslation("editor.citations.reuse"));
        }, () -> reuse.setText("")));
        Button add = new Button(getTranslation("editor.citations.add"), e -> add());
        add.setId("add-citation");
        FormLayout form = new FormLayout(url, publisher, title, publishedOn, language, archiveUrl, quote, supports, stance);
        form.setColspan(url, 2);
        form.setColspan(quote, 2);
        addForm(form);
        addForm(reuse);
        addForm(add);
        submitButton(add, getTranslation("editor.citations.update"));
    }

    @Override
    protected void load(CitationInput citation) {
        SourceInput source = citation.source();
        url.setValue(source.url());
        publisher.setValue(source.publisher() == null ? "" : source.publisher());
        title.setValue(source.title() == null ? "" : source.title());
        publishedOn.setValue(source.publishedOn());
        language.setValue(source.language() == null ? "" : source.language());
        archiveUrl.setValue(source.archiveUrl() == null ? "" : source.archiveUrl());
        quote.setValue(citation.quote() == null ? "" : citation.quote());
        supports.setValue(citation.supports() == null ? "" : citation.supports());
        stance.setValue(citation.stance());
        reuse.setText("");
    }

    @Override
    protected void clearForm() {
        // an empty form for the next citation; a source cited again is filled in from its URL (see above)
        java.util.List.of(url, publisher, title, language, archiveUrl, supports).forEach(TextField::clear);
        quote.clear();
        publishedOn.clear();
        stance.setValue(CitationStance.AGREES);
        reuse.setText("");
        fields.values().forEach(f -> f.setInvalid(false));
    }

    private void add() {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            SourceInput source = new SourceInput(url.getValue(), publisher.getValue(), title.getValue(), publishedOn.getValue(),
                    language.getValue(), archiveUrl.getValue());
            append(new CitationInput(source, quote.getValue(), supports.getValue(), stance.getValue()));
        } catch (InvalidInputException ex) {
            HasValidation field = ex.field() == null ? null : fields.get(ex.field());
            (field == null ? url : field).setErrorMessage(org.annals.shared.ui.ErrorTexts.of(ex));
            (field == null ? url : field).setInvalid(true);
        }
    }
}
