/**
 * The core: timeline events with honest dates, places, actors, types, tags, citations and the disagreements between
 * sources; their editing service and the published-only queries readers go through.
 */
@NullMarked
package org.annals.event;

import org.jspecify.annotations.NullMarked;
