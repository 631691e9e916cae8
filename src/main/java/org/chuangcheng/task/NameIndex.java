package org.chuangcheng.task;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a record by the names people type for it. Exact names win over variants; a variant that fits
 * more than one record is ambiguous rather than a guess.
 */
final class NameIndex<T> {

    private final Map<String, Set<T>> exact = new HashMap<>();
    private final Map<String, Set<T>> variants = new HashMap<>();

    void addExact(String name, T value) {
        put(exact, name, value);
    }

    void addVariant(String name, T value) {
        put(variants, name, value);
    }

    /** The record, empty when unknown; throws {@link Ambiguous} when a name fits several. */
    Optional<T> find(String name) {
        String key = key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Map<String, Set<T>> map : java.util.List.of(exact, variants)) {
            Set<T> found = map.get(key);
            if (found != null) {
                if (found.size() > 1) {
                    throw new Ambiguous();
                }
                return Optional.of(found.iterator().next());
            }
        }
        return Optional.empty();
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private void put(Map<String, Set<T>> map, String name, T value) {
        String key = key(name);
        if (!key.isEmpty()) {
            map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
        }
    }

    /** A name that fits more than one record. */
    static final class Ambiguous extends RuntimeException {
        Ambiguous() {
            super(null, null, false, false);
        }
    }
}
