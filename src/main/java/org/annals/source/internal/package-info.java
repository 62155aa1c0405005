/** Source persistence: the audited {@code source} table. */
@NullMarked
package org.annals.source.internal;

import org.jspecify.annotations.NullMarked;
