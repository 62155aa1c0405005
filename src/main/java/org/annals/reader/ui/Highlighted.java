package org.annals.reader.ui;

import com.vaadin.flow.dom.Element;
import org.annals.publication.SearchHighlight;

/** Writes text with search matches into an element as text nodes and {@code <mark>} elements: never as markup. */
final class Highlighted {

    private Highlighted() {
    }

    static void into(Element target, String marked) {
        target.removeAllChildren();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(SearchHighlight.START, at);
            if (start < 0) {
                target.appendChild(Element.createText(marked.substring(at)));
                return;
            }
            int end = marked.indexOf(SearchHighlight.END, start);
            if (end < 0) {
                end = marked.length();
            }
            if (start > at) {
                target.appendChild(Element.createText(marked.substring(at, start)));
            }
            target.appendChild(new Element("mark").setText(marked.substring(start + 1, end)));
            at = end + 1;
        }
    }
}
