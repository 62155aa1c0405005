package org.annals.source;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a cited link answered at its last check (issue 17), and since when it has answered so: still there, gone (404,
 * 410, its site no longer in DNS, or sent to the site's home page), moved for good to another address, or not
 * reachable at the moment (an error or a refusal that may pass: never called gone).
 */
public record LinkHealth(String url, State state, @Nullable Integer httpStatus, @Nullable String detail,
        @Nullable String movedTo, Instant since, Instant checkedAt) {

    public enum State { OK, GONE, MOVED, UNREACHABLE }

    public boolean gone() {
        return state == State.GONE;
    }
}
