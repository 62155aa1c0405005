/** The readers' tables: writes on publication, window, list, density and search queries, pinned revisions. */
@NullMarked
package org.annals.publication.internal;

import org.jspecify.annotations.NullMarked;
