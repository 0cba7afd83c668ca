package org.bpfplay.engine.maps;

/**
 * The definition of a map: what {@code BPF_MAP_CREATE} is given. Printed as the command-line form
 * {@code NAME:TYPE:KEY_SIZE:VALUE_SIZE:MAX_ENTRIES[:FLAGS][:inner=TEMPLATE]}. {@code inner} (null:
 * none) names the inner map template of an array_of_maps / hash_of_maps: another map of the same
 * program, declared before it, whose fd would be the kernel's {@code inner_map_fd}.
 */
public record MapSpec(String name, MapType type, int keySize, int valueSize, int maxEntries, int flags, String inner) {
    public MapSpec {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a map needs a name");
        }
        if (type == null) {
            throw new IllegalArgumentException("map " + name + " needs a type");
        }
        if (keySize < 0 || valueSize < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("map " + name + ": sizes and max_entries must not be negative");
        }
        if (inner != null && inner.isEmpty()) {
            inner = null;
        }
    }

    public MapSpec(String name, MapType type, int keySize, int valueSize, int maxEntries, int flags) {
        this(name, type, keySize, valueSize, maxEntries, flags, null);
    }

    public MapSpec(String name, MapType type, int keySize, int valueSize, int maxEntries) {
        this(name, type, keySize, valueSize, maxEntries, 0, null);
    }

    /** The same map with {@code template} (a map name) as its inner map template. */
    public MapSpec withInner(String template) {
        return new MapSpec(name, type, keySize, valueSize, maxEntries, flags, template);
    }

    /**
     * Parses {@code NAME:TYPE:KEY_SIZE:VALUE_SIZE:MAX_ENTRIES[:FLAGS]}, the form kernel-oracle's
     * {@code --map} takes, optionally followed by {@code :inner=TEMPLATE} (the form of
     * scripts/kernel-oracle-plus.py). Throws IllegalArgumentException with a message naming the bad part.
     */
    public static MapSpec parse(String text) {
        String[] parts = text.split(":", -1);
        String last = parts[parts.length - 1];
        if (parts.length >= 6 && parts.length <= 7 && last.startsWith("inner=")) {
            String template = last.substring("inner=".length());
            if (template.isEmpty()) {
                throw new IllegalArgumentException("map '" + text + "': inner= needs the name of the template map");
            }
            return parse(text.substring(0, text.length() - last.length() - 1)).withInner(template);
        }
        if (parts.length < 5 || parts.length > 6) {
            throw new IllegalArgumentException("map '" + text + "': expected NAME:TYPE:KEY_SIZE:VALUE_SIZE:MAX_ENTRIES[:FLAGS]");
        }
        MapType type = MapType.byName(parts[1]);
        if (type == null) {
            throw new IllegalArgumentException("map '" + text + "': unknown map type '" + parts[1] + "'");
        }
        return new MapSpec(parts[0], type, number(text, "key size", parts[2]), number(text, "value size", parts[3]),
                number(text, "max_entries", parts[4]), parts.length == 6 ? number(text, "flags", parts[5]) : 0);
    }

    private static int number(String text, String what, String s) {
        try {
            return Integer.decode(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("map '" + text + "': " + what + " '" + s + "' is not a number");
        }
    }

    @Override
    public String toString() {
        return name + ":" + type + ":" + keySize + ":" + valueSize + ":" + maxEntries + (flags != 0 ? ":" + flags : "")
                + (inner != null ? ":inner=" + inner : "");
    }
}
