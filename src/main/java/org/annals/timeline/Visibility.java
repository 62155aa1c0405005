package org.annals.timeline;

/** Who can read a timeline: anyone (PUBLIC) or only its team (PRIVATE). */
public enum Visibility {
    PUBLIC, PRIVATE
}
