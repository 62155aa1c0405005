package org.annals.event.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;

/**
 * Answers reused until something readers can see changes: callers put the timeline's reader version in the key, so a
 * publication makes old entries unreachable, and the least recently used ones go when the cache is full. Computing one
 * key (a grouped count may take a tenth of a second) does not hold up readers asking for another.
 */
final class BoundedCache<V> {

    private final Cache<String, V> entries;

    BoundedCache(int capacity) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    V get(String key, Supplier<V> compute) {
        return entries.get(key, k -> compute.get());
    }
}
