/** Feature-agnostic Vaadin components shared by the modules' views. */
@NullMarked
package org.annals.shared.ui;

import org.jspecify.annotations.NullMarked;
