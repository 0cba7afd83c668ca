package org.bpfplay.engine.interp;

import java.util.Map;
import java.util.TreeMap;

/** Helpers by their static id (the imm of {@code call N}), each with a display name. */
public final class HelperRegistry {
    /** A registered helper. */
    public record Entry(int id, String name, Helper helper) {
    }

    private final Map<Integer, Entry> byId = new TreeMap<>();

    /** Registers (or replaces) the helper for an id; returns this for chaining. */
    public HelperRegistry register(int id, String name, Helper helper) {
        byId.put(id, new Entry(id, name, helper));
        return this;
    }

    /** The entry for an id, or null. */
    public Entry get(int id) {
        return byId.get(id);
    }

    public Map<Integer, Entry> entries() {
        return java.util.Collections.unmodifiableMap(byId);
    }
}
