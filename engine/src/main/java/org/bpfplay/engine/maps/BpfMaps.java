package org.bpfplay.engine.maps;

/**
 * The factory: BPF_MAP_CREATE. Validates a {@link MapSpec} with the kernel's rules
 * ({@link CreateRules}) and builds the map, or says why not (errno + message) - never throws for a
 * bad spec.
 */
public final class BpfMaps {
    private BpfMaps() {
    }

    /** Creates a map on a machine with {@code cpus} CPUs. */
    public static MapCreateResult create(MapSpec spec, int cpus) {
        return create(spec, MapOptions.cpus(cpus));
    }

    public static MapCreateResult create(MapSpec spec, MapOptions options) {
        MapCreateResult bad = CreateRules.check(spec, options);
        if (bad != null) {
            return bad;
        }
        int cpus = options.cpus();
        switch (spec.type()) {
            case ARRAY:
            case PERCPU_ARRAY:
                return MapCreateResult.ok(new ArrayMap(spec, cpus));
            case HASH:
            case PERCPU_HASH:
                return MapCreateResult.ok(new HashTable(spec, cpus));
            case LRU_HASH:
            case LRU_PERCPU_HASH:
                return MapCreateResult.ok(new LruHashTable(perCpuLruEntries(spec, cpus), cpus));
            case LPM_TRIE:
                return MapCreateResult.ok(new LpmTrie(spec, cpus));
            case QUEUE:
            case STACK:
                return MapCreateResult.ok(new QueueStackMap(spec, cpus));
            case RINGBUF:
                return MapCreateResult.ok(new RingBuffer(spec, cpus));
            case BLOOM_FILTER:
                return MapCreateResult.ok(new BloomFilter(spec, cpus, options.mapExtra()));
            case PROG_ARRAY:
                return MapCreateResult.ok(new ProgArray(spec, cpus));
            case PERF_EVENT_ARRAY:
                return MapCreateResult.ok(new PerfEventArray(spec, cpus));
            case STACK_TRACE:
                return MapCreateResult.ok(new StackTraceMap(spec, cpus));
            case ARRAY_OF_MAPS:
            case HASH_OF_MAPS:
                return MapCreateResult.ok(new MapOfMaps(spec, cpus, options.innerTemplate()));
            default:
                return MapCreateResult.error(spec, Errno.EINVAL, "map type " + spec.type() + " is not simulated by bpfplay");
        }
    }

    /**
     * With BPF_F_NO_COMMON_LRU each CPU gets an equal share, so the kernel rounds max_entries up to
     * a multiple of the CPU count (down if that overflows).
     */
    private static MapSpec perCpuLruEntries(MapSpec s, int cpus) {
        if ((s.flags() & MapFlags.BPF_F_NO_COMMON_LRU) == 0) {
            return s;
        }
        long up = (s.maxEntries() + (long) cpus - 1) / cpus * cpus;
        int max = up > Integer.MAX_VALUE ? s.maxEntries() / cpus * cpus : (int) up;
        return new MapSpec(s.name(), s.type(), s.keySize(), s.valueSize(), max, s.flags());
    }
}
