package org.chuangcheng.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an edit changed, field by field, as the audit log shows it: {@code name 旧 → 新; active true → false}.
 * A feature takes a {@link #snapshot} of its record before and after a change and records the difference
 * ({@link #between}); a new record is described by its snapshot alone ({@link #describe}).
 */
public final class Changes {

    private final List<String> parts = new ArrayList<>();

    private Changes() {
    }

    /** An empty snapshot to fill, in the order the fields should be listed. */
    public static Map<String, Object> snapshot() {
        return new LinkedHashMap<>();
    }

    /** The fields whose values differ, before → after; a missing or null value shows as "—". */
    public static Changes between(Map<String, ?> before, Map<String, ?> after) {
        Changes changes = new Changes();
        for (Map.Entry<String, ?> field : after.entrySet()) {
            changes.field(field.getKey(), before.get(field.getKey()), field.getValue());
        }
        return changes;
    }

    /** Every field with a value, for a record just created: {@code name 新; type DISTRICT}. */
    public static String describe(Map<String, ?> state) {
        List<String> fields = new ArrayList<>();
        state.forEach((name, value) -> {
            if (value != null) {
                fields.add(name + " " + value);
            }
        });
        return String.join("; ", fields);
    }

    public static Changes none() {
        return new Changes();
    }

    /** Adds {@code name before → after} when the two differ. */
    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(name + " " + show(before) + " → " + show(after));
        }
        return this;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        return String.join("; ", parts);
    }

    private static String show(Object value) {
        return value == null ? "—" : String.valueOf(value);
    }
}
