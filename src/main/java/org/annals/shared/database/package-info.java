/** Choosing the database: configured URL, local PostgreSQL, or embedded PostgreSQL 17. */
@NullMarked
package org.annals.shared.database;

import org.jspecify.annotations.NullMarked;
