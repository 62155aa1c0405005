/** The team's notes in the event editor, the annotators' notes page, the inbox and its badge. */
@NullMarked
package org.annals.notes.ui;

import org.jspecify.annotations.NullMarked;
