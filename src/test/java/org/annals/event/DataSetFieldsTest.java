package org.annals.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.annals.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Issue 18: fatalities and a data set's codes as fields, with the rules every door (form, file, data set) applies. */
class DataSetFieldsTest {

    @Test
    void estimates_run_low_best_high_and_any_may_be_unknown() {
        assertThat(DataSetFields.NONE.withFatalities(8, 12, 20).fatalitiesText()).isEqualTo("12 (low 8, high 20)");
        assertThat(DataSetFields.fatalities(0).fatalitiesText()).as("none died is a figure").isEqualTo("0");
        assertThat(DataSetFields.NONE.withFatalities(3, null, null).fatalitiesText()).isEqualTo("unknown (low 3)");
        assertThat(DataSetFields.NONE.fatalitiesText()).isNull();
    }

    @Test
    void counts_out_of_order_or_range_are_refused_with_the_field_named() {
        assertThatThrownBy(() -> DataSetFields.NONE.withFatalities(20, 12, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("low ≤ best ≤ high").extracting(e -> ((InvalidInputException) e).field()).isEqualTo("fatalities");
        assertThatThrownBy(() -> DataSetFields.NONE.withFatalities(5, null, 3)).hasMessageContaining("low ≤ best ≤ high");
        assertThatThrownBy(() -> DataSetFields.fatalities(-1)).hasMessageContaining("0 to 1,000,000");
        assertThatThrownBy(() -> DataSetFields.fatalities(1_000_001)).hasMessageContaining("0 to 1,000,000");
    }

    @Test
    void areas_read_largest_first_and_texts_are_plain() {
        DataSetFields areas = DataSetFields.NONE.withAreas("Donetska", null, "Chasiv Yar");
        assertThat(areas.areasText()).isEqualTo("Donetska › Chasiv Yar");
        assertThat(DataSetFields.NONE.withAreas("  ", null, null).hasNone()).as("blank is unknown").isTrue();
        assertThatThrownBy(() -> DataSetFields.NONE.withCodes("x".repeat(201), null)).isInstanceOf(InvalidInputException.class);
    }
}
