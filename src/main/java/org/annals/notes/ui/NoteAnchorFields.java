package org.annals.notes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.annals.notes.Anchor;
import org.annals.notes.AnchorTarget;
import org.annals.notes.TextQuote;
import org.annals.event.EventDetails;

/**
 * What a new note is about: the whole event, its date or place, one of its citations, or a passage of the summary or
 * of a quote (typed, pasted, or taken from the last text selected on the page).
 */
class NoteAnchorFields extends Div {

    private final Select<AnchorTarget> target = new Select<>();
    private final ComboBox<String> citation = new ComboBox<>();
    private final TextField passage = new TextField();
    private final HorizontalLayout quote;

    NoteAnchorFields(EventDetails event) {
        setWidthFull();
        citation.setLabel(getTranslation("notes.anchor.citation"));
        passage.setLabel(getTranslation("notes.anchor.passage"));
        target.setLabel(getTranslation("notes.anchor.about"));
        target.setId("note-anchor");
        target.setItems(AnchorTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("notes.anchorTarget." + t.name()));
        target.setValue(AnchorTarget.EVENT);
        target.addValueChangeListener(e -> showFieldsForTarget());
        citation.setId("note-citation");
        citation.setItems(event.citations().stream().map(c -> c.source().url()).toList());
        passage.setId("note-passage");
        passage.setMaxLength(TextQuote.EXACT_MAX);
        passage.setWidthFull();
        Button useSelection = new Button(getTranslation("notes.anchor.useSelection"), e -> passage.getElement()
                .executeJs("return window.__annalsSelection || ''").then(String.class, text -> {
                    if (!text.isBlank()) {
                        passage.setValue(text.strip());
                    }
                }));
        useSelection.setId("note-use-selection");
        HorizontalLayout where = new HorizontalLayout(target, citation);
        where.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        quote = new HorizontalLayout(passage, useSelection);
        quote.setWidthFull();
        quote.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(where, quote);
        showFieldsForTarget();
        addAttachListener(e -> watchSelection());
    }

    /** The event's citations as they are now (after someone saved it), keeping the one picked if it is still there. */
    void citationsOf(EventDetails event) {
        String picked = citation.getValue();
        java.util.List<String> urls = event.citations().stream().map(c -> c.source().url()).toList();
        citation.setItems(urls);
        if (picked != null && urls.contains(picked)) {
            citation.setValue(picked);
        }
    }

    private void watchSelection() {
        // remember the last text selected anywhere on the page (also inside text areas) for "Use selection"
        getElement().executeJs("""
                if (!window.__annalsSelectionWatch) {
                  window.__annalsSelectionWatch = true;
                  document.addEventListener('selectionchange', () => {
                    const active = document.activeElement;
                    let text = window.getSelection().toString();
                    if (!text && active && typeof active.selectionStart === 'number' && active.selectionEnd > active.selectionStart) {
                      text = active.value.substring(active.selectionStart, active.selectionEnd);
                    }
                    if (text) { window.__annalsSelection = text; }
                  });
                }""");
    }

    /** The passage field, which the panel's autosave keeps with the note's text. */
    TextField passage() {
        return passage;
    }

    Anchor anchor() {
        AnchorTarget chosen = target.getValue();
        return switch (chosen) {
            case CITATION -> Anchor.citation(citation.getValue() == null ? "" : citation.getValue(), passage.getValue());
            case SUMMARY -> Anchor.summary(passage.getValue());
            default -> Anchor.field(chosen);
        };
    }

    private void showFieldsForTarget() {
        AnchorTarget chosen = target.getValue();
        citation.setVisible(chosen == AnchorTarget.CITATION);
        quote.setVisible(chosen == AnchorTarget.SUMMARY || chosen == AnchorTarget.CITATION);
    }
}
