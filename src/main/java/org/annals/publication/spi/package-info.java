/**
 * What other modules plug into the readers' copy without it knowing them: the editors' notes readers see on a
 * published event (decision 0001).
 */
@NullMarked
@NamedInterface("spi")
package org.annals.publication.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
