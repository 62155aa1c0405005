package org.annals.event.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;
import org.annals.history.FieldChange;
import org.annals.history.WordDiff;

/**
 * One changed field for a reviewer: its name, then its whole text with removed words struck through ({@code <del>})
 * and added ones marked ({@code <ins>}), so screen readers announce them too; a value such as a date is shown whole,
 * old then new. Text only: nothing here is HTML.
 */
final class ChangeText {

    /** Fields of words, shown word by word; every other field is a value, shown whole before and after. */
    private static final java.util.Set<String> PROSE = java.util.Set.of("Headline", "Summary", "Place", "Tags", "Actors",
            "Citations", "Disagreements");

    private ChangeText() {
    }

    /**
     * A field's name as the signed-in person reads it: {@code EventFields} and {@code EventContentMerge} name fields
     * in English (their keys elsewhere too), shown through {@code editor.field.<name with '-' for spaces>}.
     */
    static String fieldName(String english) {
        String translated = I18NProvider.translate("editor.field." + english.replace(' ', '-'));
        return translated == null || translated.isBlank() || translated.startsWith("!") ? english : translated;
    }

    static Div of(FieldChange change) {
        Div box = new Div(new H4(fieldName(change.field())));
        box.addClassName("annals-change");
        Paragraph text = new Paragraph();
        if (change.before() == null) {
            text.getElement().appendChild(new Element("ins").setText(change.after()));
        } else if (change.after() == null) {
            text.getElement().appendChild(new Element("del").setText(change.before()));
        } else if (!PROSE.contains(change.field())) {
            // a date, a status, coordinates: read whole, old then new, not as digits struck out between digits
            text.getElement().appendChild(new Element("del").setText(change.before()), Element.createText(" → "),
                    new Element("ins").setText(change.after()));
        } else {
            for (WordDiff.Run run : WordDiff.between(change.before(), change.after())) {
                text.getElement().appendChild(switch (run.kind()) {
                    case SAME -> Element.createText(run.text());
                    case REMOVED -> new Element("del").setText(run.text());
                    case ADDED -> new Element("ins").setText(run.text());
                });
            }
        }
        box.add(text);
        return box;
    }
}
