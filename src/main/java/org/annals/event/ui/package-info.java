/** Editors' screens for events: the grid and the editor form with its links, relations and history. */
@NullMarked
package org.annals.event.ui;

import org.jspecify.annotations.NullMarked;
