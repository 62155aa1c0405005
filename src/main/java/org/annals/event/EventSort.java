package org.annals.event;

/** Orders for event lists: chronological (by earliest, then latest day) or by last change. */
public enum EventSort {
    DATE_ASC, DATE_DESC, UPDATED_DESC
}
