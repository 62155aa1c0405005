package org.annals.notes;

/** What a note is about: the event as a whole, one of its fields, or a passage of its summary or of a citation. */
public enum AnchorTarget {
    EVENT, DATE, PLACE, CITATION, SUMMARY;

    public String label() {
        return switch (this) {
            case EVENT -> "the event";
            case DATE -> "the date";
            case PLACE -> "the place";
            case CITATION -> "a citation";
            case SUMMARY -> "the summary";
        };
    }
}
