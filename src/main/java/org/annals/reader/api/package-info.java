/** The public read API (v1): JSON over published data, RFC 9457 problems for errors. */
@NullMarked
package org.annals.reader.api;

import org.jspecify.annotations.NullMarked;
