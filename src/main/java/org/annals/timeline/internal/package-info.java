/** Timeline and team-membership entities and repositories. */
@NullMarked
package org.annals.timeline.internal;

import org.jspecify.annotations.NullMarked;
