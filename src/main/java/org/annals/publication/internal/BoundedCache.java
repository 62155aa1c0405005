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

    private final Cache<String, V> entries;

    BoundedCache(int capacity) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    V get(String key, Supplier<V> compute) {
        V known = entries.getIfPresent(key);
        if (known != null) {
            return known;
        }
        V computed = compute.get();
        entries.put(key, computed);
        return computed;
    }
}
