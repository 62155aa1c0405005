package org.annals.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.annals.event.Confidence;
import org.annals.event.DataSetFields;
import org.annals.event.EventContent;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.shared.UncertainDate;
import org.junit.jupiter.api.Test;

/** Issue 18: saving an imported event in the editor keeps the data set's own codes, which the form shows but does not edit. */
class EventFormTest {

    @Test
    void the_codes_an_import_kept_survive_an_editors_save() {
        DataSetFields imported = DataSetFields.fatalities(3).withCodes(Map.of("event_type", "Battles", "inter1", "State forces"));
        EventContent stored = new EventContent("Clash near Testville", null, UncertainDate.parse("2022-05-10"), null, null,
                Place.UNKNOWN, Set.of(EventType.MILITARY), Set.of(), Confidence.UNVERIFIED, imported);
        // Binder writes the fields it binds into a fresh form: the codes, bound to none, are not among them
        EventForm typed = new EventForm();
        typed.setHeadline("Clash near Testville, as revised");
        typed.setStart("2022-05-10");
        typed.setTypes(Set.of(EventType.MILITARY));
        typed.setConfidence(Confidence.UNVERIFIED);
        typed.setFatalitiesBest(4);

        EventContent saved = typed.toContent(stored);

        assertThat(saved.data().codes()).isEqualTo(imported.codes());
        assertThat(saved.data().fatalitiesBest()).isEqualTo(4);
    }
}
