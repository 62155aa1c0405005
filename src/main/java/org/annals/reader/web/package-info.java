/**
 * Public pages served without a UI session: the embeddable timeline (static HTML and JavaScript over the read API),
 * the sitemap and robots.txt.
 */
@NullMarked
package org.annals.reader.web;

import org.jspecify.annotations.NullMarked;
