/**
 * What other modules plug into the editors' event screens without the event module knowing them: panels in the
 * event editor, markers in the events grid and actions on its selection. Implementations are Spring beans; the views inject them as lists.
 */
@NullMarked
@NamedInterface("spi")
package org.annals.event.ui.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
