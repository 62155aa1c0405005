/** Administration screens for timelines and their teams. */
@NullMarked
package org.annals.timeline.ui;

import org.jspecify.annotations.NullMarked;
