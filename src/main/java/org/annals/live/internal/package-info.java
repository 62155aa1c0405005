/** The LISTEN connection and the wire format of notices. */
@NullMarked
package org.annals.live.internal;

import org.jspecify.annotations.NullMarked;
