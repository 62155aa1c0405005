/** HTTP door of the exports: the public timeline's current view as CSV, GeoJSON or TimelineJS JSON. */
@NullMarked
package org.annals.importexport.api;

import org.jspecify.annotations.NullMarked;
