package org.annals.event.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers reused until something readers can see changes: callers put the timeline's reader version in the key, so a
 * publication makes old entries unreachable, and the least recently used ones go when the cache is full.
 */
final class BoundedCache<V> {

    private final Map<String, V> entries;

    BoundedCache(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        });
    }

    V get(String key, Supplier<V> compute) {
        return entries.computeIfAbsent(key, k -> compute.get());
    }
}
