package org.annals.event;

import org.annals.shared.GeoPoint;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;
import org.jspecify.annotations.Nullable;

/** Where an event happened: a name, and coordinates with their precision when it has any. */
public record Place(@Nullable String name, @Nullable GeoPoint point, PlacePrecision precision) {

    public static final Place UNKNOWN = new Place(null, null, PlacePrecision.NONE);

    public Place {
        name = PlainText.optional("placeName", name, 300);
        if (precision == null) {
            precision = point == null ? PlacePrecision.NONE : PlacePrecision.APPROXIMATE;
        }
        if (point == null && precision != PlacePrecision.NONE) {
            throw new InvalidInputException("placePrecision", "A place without coordinates has precision 'none'", "form.refusal.place.noCoordinates");
        }
        if (point != null && precision == PlacePrecision.NONE) {
            throw new InvalidInputException("placePrecision", "Say how precise the coordinates are, or remove them", "form.refusal.place.precision");
        }
    }
}
