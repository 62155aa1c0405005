/** Feature-agnostic Vaadin components shared by the modules' views. */
@NullMarked
@NamedInterface("ui")
package org.annals.shared.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
