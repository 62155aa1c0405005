/** The sign-in page. */
@NullMarked
package org.annals.security.ui;

import org.jspecify.annotations.NullMarked;
