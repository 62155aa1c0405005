package org.annals.shared;

/** Something asked for by a slug or id that does not exist or is not visible to the asker. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
