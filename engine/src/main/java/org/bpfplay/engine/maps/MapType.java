package org.bpfplay.engine.maps;

/**
 * Map types, with the kernel's {@code enum bpf_map_type} value and the short name used on the
 * command line and in {@code .map} directives (the names kernel-oracle accepts).
 */
public enum MapType {
    HASH(1, "hash"),
    ARRAY(2, "array"),
    PROG_ARRAY(3, "prog_array"),
    PERF_EVENT_ARRAY(4, "perf_event_array"),
    PERCPU_HASH(5, "percpu_hash"),
    PERCPU_ARRAY(6, "percpu_array"),
    STACK_TRACE(7, "stack_trace"),
    CGROUP_ARRAY(8, "cgroup_array"),
    LRU_HASH(9, "lru_hash"),
    LRU_PERCPU_HASH(10, "lru_percpu_hash"),
    LPM_TRIE(11, "lpm_trie"),
    ARRAY_OF_MAPS(12, "array_of_maps"),
    HASH_OF_MAPS(13, "hash_of_maps"),
    DEVMAP(14, "devmap"),
    SOCKMAP(15, "sockmap"),
    CPUMAP(16, "cpumap"),
    XSKMAP(17, "xskmap"),
    SOCKHASH(18, "sockhash"),
    QUEUE(22, "queue"),
    STACK(23, "stack"),
    SK_STORAGE(24, "sk_storage"),
    DEVMAP_HASH(25, "devmap_hash"),
    RINGBUF(27, "ringbuf"),
    BLOOM_FILTER(30, "bloom_filter");

    /** The kernel's enum value. */
    public final int id;
    /** The short name used in directives and on the command line. */
    public final String shortName;

    MapType(int id, String shortName) {
        this.id = id;
        this.shortName = shortName;
    }

    /** The type with this short name (case-insensitive), or null. */
    public static MapType byName(String name) {
        for (MapType t : values()) {
            if (t.shortName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return shortName;
    }
}
