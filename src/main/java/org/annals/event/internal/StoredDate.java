package org.annals.event.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.annals.shared.DatePrecision;
import org.annals.shared.UncertainDate;

/** An {@link UncertainDate} as four columns, so windows and order are indexable and never parsed from text. */
@Embeddable
public class StoredDate {

    private LocalDate earliest;
    private LocalDate latest;
    @Enumerated(EnumType.STRING)
    private DatePrecision precision;
    private LocalDate nominal;

    protected StoredDate() {
    }

    StoredDate(UncertainDate date) {
        this.earliest = date.earliest();
        this.latest = date.latest();
        this.precision = date.precision();
        this.nominal = date.nominal();
    }

    UncertainDate toDate() {
        return new UncertainDate(earliest, latest, precision, nominal);
    }
}
