package org.annals.shared;

import org.jspecify.annotations.Nullable;

/** A refusal with its English message and, where it has one, the key and values of its other languages. */
public abstract class KeyedRefusal extends RuntimeException implements Refusal {

    private final @Nullable String key;
    private final Object[] args;

    protected KeyedRefusal(String message, @Nullable String key, Object... args) {
        super(message);
        this.key = key;
        this.args = Refusal.values(args);
    }

    @Override
    public @Nullable String key() {
        return key;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
