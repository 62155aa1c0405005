/** Event persistence: JPA entities, repositories, SQL queries, the readers' table and the Envers history reader. */
@NullMarked
package org.annals.event.internal;

import org.jspecify.annotations.NullMarked;
