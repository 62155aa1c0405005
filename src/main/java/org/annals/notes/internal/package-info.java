/** Annotation entities and repositories, anchoring and mention parsing: private to the annotation module. */
@NullMarked
package org.annals.notes.internal;

import org.jspecify.annotations.NullMarked;
