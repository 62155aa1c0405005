/** Account entity and repository. */
@NullMarked
package org.annals.security.internal;

import org.jspecify.annotations.NullMarked;
