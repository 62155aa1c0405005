package org.annals.source;

import org.jspecify.annotations.Nullable;

/** The body a capture received, unpacked, with the type the site declared: what a reader's archived copy shows. */
public record ArchivedPayload(SourceCapture capture, @Nullable String contentType, byte[] body) {
}
