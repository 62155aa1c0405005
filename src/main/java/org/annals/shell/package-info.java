/** The frame of the signed-in application: the main layout with its menu built from views' @Menu, and error pages. */
@NullMarked
package org.annals.shell;

import org.jspecify.annotations.NullMarked;
