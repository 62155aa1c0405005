/** Writers of the export formats, one event at a time. */
@NullMarked
package org.annals.importexport.export;

import org.jspecify.annotations.NullMarked;
