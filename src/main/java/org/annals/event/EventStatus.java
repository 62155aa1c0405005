package org.annals.event;

/** Where an event stands in the editorial workflow; only PUBLISHED events reach readers. */
public enum EventStatus {
    DRAFT, IN_REVIEW, PUBLISHED, RETRACTED, MERGED
}
