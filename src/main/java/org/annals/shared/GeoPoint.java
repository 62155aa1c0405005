package org.annals.shared;

/** A WGS84 coordinate; the constructor refuses impossible values so none can be stored. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidInputException("latitude", "Latitude must be between -90 and 90 (was " + latitude + ")", "form.refusal.latitude", latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidInputException("longitude", "Longitude must be between -180 and 180 (was " + longitude + ")", "form.refusal.longitude", longitude);
        }
    }
}
