package org.annals.publication.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;

/**
 * Answers reused until something readers can see changes: callers put the timeline's reader version in the key, so a
 * publication makes old entries unreachable, and the least recently used ones go when the cache is full.
 * <p>
 * No reader ever waits for another's computation: two may compute the same answer at once. Waiting would be a
 * deadlock under load, as measured with 32 clients: readers inside a transaction hold a pooled connection while they
 * wait, and the one computing needs a connection from the emptied pool.
 */
final class BoundedCache<V> {

    /** Keys are compared with equals: a record or a list of the values a key is made of, never their text joined. */
    private final Cache<Object, V> entries;

    BoundedCache(int capacity) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    private BoundedCache(Cache<Object, V> entries) {
        this.entries = entries;
    }

    /** A cache holding answers up to about {@code maxBytes} in all, each weighed by {@code bytes}. */
    static <V> BoundedCache<V> ofBytes(long maxBytes, java.util.function.ToIntFunction<V> bytes) {
        return new BoundedCache<>(Caffeine.newBuilder().maximumWeight(maxBytes)
                .<Object, V>weigher((key, value) -> bytes.applyAsInt(value)).build());
    }

    V get(Object key, Supplier<V> compute) {
        return get(key, compute, value -> true);
    }

    /** As {@link #get(Object, Supplier)}, keeping a computed answer only when it is {@code worthKeeping}. */
    V get(Object key, Supplier<V> compute, java.util.function.Predicate<V> worthKeeping) {
        V known = entries.getIfPresent(key);
        if (known != null) {
            return known;
        }
        V computed = compute.get();
        if (worthKeeping.test(computed)) {
            entries.put(key, computed);
        }
        return computed;
    }
}
