package org.annals.event;

/** How exactly the coordinates locate the event; NONE when it has no coordinates (a call, a flight). */
public enum PlacePrecision {
    EXACT, APPROXIMATE, REGION, NONE
}
