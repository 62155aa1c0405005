/** Editors' screens for events: the grid, the editor form with its workflow bar, links and history, and my-work home. */
@NullMarked
package org.annals.event.ui;

import org.jspecify.annotations.NullMarked;
