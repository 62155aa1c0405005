/** Who changed what and when: the Envers revision that every audited change belongs to. */
@NullMarked
package org.annals.history;

import org.jspecify.annotations.NullMarked;
