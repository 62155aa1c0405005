/** The administrators' screen for importing a timeline file. */
@NullMarked
package org.annals.importexport.ui;

import org.jspecify.annotations.NullMarked;
