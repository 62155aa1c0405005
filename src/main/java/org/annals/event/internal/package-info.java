/** Event persistence: JPA entities, repositories, the editors' SQL queries and the Envers history reader. */
@NullMarked
package org.annals.event.internal;

import org.jspecify.annotations.NullMarked;
