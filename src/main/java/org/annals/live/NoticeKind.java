package org.annals.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a live notice is about, by name. The bus knows no feature: each feature names its own kinds (the event module
 * its saves, the annotation module its notes and inboxes); the bus defines only its own, {@link #PRESENCE} and
 * {@link #RESYNC}. Kinds are interned by name, so {@code ==} compares them, whichever side of the wire made one.
 */
public final class NoticeKind {

    private static final Map<String, NoticeKind> KINDS = new ConcurrentHashMap<>();

    /** Someone arrived, left, or is typing ({@code detail} carries the presence entry). */
    public static final NoticeKind PRESENCE = named("PRESENCE");
    /** This instance may have missed notices (its listener reconnected): reload everything shown. */
    public static final NoticeKind RESYNC = named("RESYNC");

    private final String name;

    private NoticeKind(String name) {
        this.name = name;
    }

    /**
     * The kind with this name (upper-case letters and underscores, at most 40): a feature keeps the ones it announces
     * as constants. The name is what travels on the wire, so renaming one is a change of protocol.
     */
    public static NoticeKind named(String name) {
        if (!name.matches("[A-Z][A-Z_]{0,39}")) {
            throw new IllegalArgumentException("A notice kind is named in upper-case letters and underscores: " + name);
        }
        return KINDS.computeIfAbsent(name, NoticeKind::new);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
