/** Public pages: timelines, event permalinks, the corrections log, with their own layout. */
@NullMarked
package org.annals.reader.ui;

import org.jspecify.annotations.NullMarked;
