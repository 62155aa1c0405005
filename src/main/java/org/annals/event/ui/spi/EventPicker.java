package org.annals.event.ui.spi;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Locale;
import java.util.Set;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventRow;
import org.annals.event.EventSort;
import org.annals.shared.DateLabels;

/** Chooses another event of the same timeline, by date and headline, searching as the editor types. */
public class EventPicker extends ComboBox<EventRow> {

    public EventPicker(String label, EventDetails from, EventEditingService events) {
        super(label);
        setItemLabelGenerator(r -> DateLabels.of(r.start(), r.end(), Locale.ENGLISH) + " · " + r.headline());
        setItems(query -> events.rows(from.timelineSlug(), new EventFilter(Set.of(), null, null, Set.of(), null,
                        query.getFilter().orElse(null)), EventSort.DATE_ASC, query.getOffset(), query.getLimit())
                .stream().filter(r -> !r.id().equals(from.id())));
    }
}
