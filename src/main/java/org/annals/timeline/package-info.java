/** Timelines: the curated collections of events, each public or private. */
@NullMarked
package org.annals.timeline;

import org.jspecify.annotations.NullMarked;
