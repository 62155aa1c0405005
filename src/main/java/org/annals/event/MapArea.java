package org.annals.event;

import org.annals.shared.InvalidInputException;

/** The part of the map a reader is looking at; events whose coordinates fall inside it pass the filter. */
public record MapArea(double south, double west, double north, double east) {

    public MapArea {
        if (!(south >= -90 && north <= 90 && south <= north && west >= -180 && east <= 180 && west <= east)) {
            throw new InvalidInputException("area", "The map area must lie within latitudes -90..90 and longitudes -180..180",
                    "link.areaRange");
        }
    }
}
