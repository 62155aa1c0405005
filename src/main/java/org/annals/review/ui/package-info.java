/** The review bar of the event editor, the merge dialog and the editors' work lists. */
@NullMarked
package org.annals.review.ui;

import org.jspecify.annotations.NullMarked;
