package org.bpfplay.engine.maps;

import static org.bpfplay.engine.maps.MapFlags.BPF_F_ACCESS_MASK;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_INNER_MAP;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_MMAPABLE;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_NO_COMMON_LRU;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_NO_PREALLOC;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_NUMA_NODE;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_PRESERVE_ELEMS;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_RDONLY;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_RDONLY_PROG;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_STACK_BUILD_ID;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_WRONLY;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_WRONLY_PROG;
import static org.bpfplay.engine.maps.MapFlags.BPF_F_ZERO_SEED;

/**
 * The checks BPF_MAP_CREATE makes, per type and in the kernel's order (each type's
 * map_alloc_check / map_alloc in kernel/bpf/*.c): returns null when the spec is acceptable, else
 * the failing result. bpfplay adds one limit of its own: a map may not need more than
 * {@link #MEMORY_LIMIT} bytes (-ENOMEM, as the kernel says when memory runs out).
 */
final class CreateRules {
    /** The kernel's KMALLOC_MAX_SIZE on x86-64 (4 MiB). */
    static final long KMALLOC_MAX_SIZE = 4L << 20;
    /** PCPU_MIN_UNIT_SIZE: the largest per-CPU value (32 KiB). */
    static final int PCPU_MIN_UNIT_SIZE = 32 << 10;
    /** The kernel's perf_event_max_stack sysctl default. */
    static final int PERF_EVENT_MAX_STACK = 127;
    static final int PAGE_SIZE = 4096;
    /** bpfplay's own cap on a map's memory. */
    static final long MEMORY_LIMIT = 64L << 20;
    /** sizeof(struct htab_elem) on x86-64, used by the kernel's hash size check. */
    private static final int HTAB_ELEM_SIZE = 48;

    private static final int ARRAY_FLAGS = BPF_F_NUMA_NODE | BPF_F_MMAPABLE | BPF_F_ACCESS_MASK | BPF_F_INNER_MAP
            | BPF_F_PRESERVE_ELEMS;
    private static final int HTAB_FLAGS = BPF_F_NO_PREALLOC | BPF_F_NO_COMMON_LRU | BPF_F_NUMA_NODE
            | BPF_F_ACCESS_MASK | BPF_F_ZERO_SEED;
    private static final int LPM_FLAGS = BPF_F_NO_PREALLOC | BPF_F_NUMA_NODE | BPF_F_ACCESS_MASK;
    private static final int QUEUE_STACK_FLAGS = BPF_F_NUMA_NODE | BPF_F_ACCESS_MASK;
    private static final int BLOOM_FLAGS = BPF_F_NUMA_NODE | BPF_F_ZERO_SEED | BPF_F_ACCESS_MASK;
    private static final int STACK_FLAGS = BPF_F_NUMA_NODE | BPF_F_RDONLY | BPF_F_WRONLY | BPF_F_STACK_BUILD_ID;

    private CreateRules() {
    }

    static MapCreateResult check(MapSpec s, MapOptions o) {
        if (o.cpus() < 1 || o.cpus() > 4096) {
            return MapCreateResult.error(s, Errno.EINVAL, "the number of CPUs must be 1..4096, not " + o.cpus());
        }
        if (s.type() != MapType.BLOOM_FILTER && o.mapExtra() != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "map_extra is only for bloom_filter");
        }
        if (!MapFlags.accessOk(s.flags())) {
            return MapCreateResult.error(s, Errno.EINVAL, "read-only and write-only flags together");
        }
        MapCreateResult r = checkType(s, o);
        if (r != null) {
            return r;
        }
        if (preallocatedBytes(s, o.cpus()) > MEMORY_LIMIT) {
            return MapCreateResult.error(s, Errno.ENOMEM, "bpfplay limits a map to " + (MEMORY_LIMIT >> 20) + " MiB");
        }
        return null;
    }

    /** What a type allocates up front; the others grow as entries are added. */
    static long preallocatedBytes(MapSpec s, int cpus) {
        long n = Integer.toUnsignedLong(s.maxEntries());
        long copies = isPerCpu(s.type()) ? cpus : 1;
        switch (s.type()) {
            case ARRAY:
            case PERCPU_ARRAY:
                return n * s.valueSize() * copies;
            case LRU_HASH:
            case LRU_PERCPU_HASH:
                return n * (s.keySize() + s.valueSize() * copies + 64);
            case PROG_ARRAY:
            case PERF_EVENT_ARRAY:
            case ARRAY_OF_MAPS:
                return n * 8;
            case STACK_TRACE:
                return Long.highestOneBit(Math.max(1, n) * 2 - 1) * 8;
            case RINGBUF:
                return n;
            default:
                return 0;
        }
    }

    static boolean isPerCpu(MapType t) {
        return t == MapType.PERCPU_ARRAY || t == MapType.PERCPU_HASH || t == MapType.LRU_PERCPU_HASH;
    }

    private static MapCreateResult checkType(MapSpec s, MapOptions o) {
        switch (s.type()) {
            case ARRAY:
            case PERCPU_ARRAY:
                return array(s);
            case PROG_ARRAY:
            case PERF_EVENT_ARRAY:
                return fdArray(s);
            case ARRAY_OF_MAPS: {
                MapCreateResult r = fdArray(s);
                return r != null ? r : inner(s, o);
            }
            case HASH:
            case PERCPU_HASH:
            case LRU_HASH:
            case LRU_PERCPU_HASH:
                return hash(s);
            case HASH_OF_MAPS: {
                if (s.valueSize() != 4) {
                    return MapCreateResult.error(s, Errno.EINVAL, "value_size must be 4 (a map fd)");
                }
                MapCreateResult r = hash(s);
                return r != null ? r : inner(s, o);
            }
            case LPM_TRIE:
                return lpm(s);
            case QUEUE:
            case STACK:
                return queueStack(s);
            case RINGBUF:
                return ringbuf(s);
            case BLOOM_FILTER:
                return bloom(s, o);
            case STACK_TRACE:
                return stackTrace(s);
            default:
                return MapCreateResult.error(s, Errno.EINVAL, "map type " + s.type() + " is not simulated by bpfplay");
        }
    }

    private static MapCreateResult array(MapSpec s) {
        if (s.maxEntries() == 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "max_entries must not be 0");
        }
        if (s.keySize() != 4) {
            return MapCreateResult.error(s, Errno.EINVAL, "key_size must be 4 (a u32 index)");
        }
        if (s.valueSize() == 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "value_size must not be 0");
        }
        if ((s.flags() & ~ARRAY_FLAGS) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "flags not allowed for an array: 0x" + Integer.toHexString(s.flags() & ~ARRAY_FLAGS));
        }
        if (s.type() != MapType.ARRAY && (s.flags() & (BPF_F_MMAPABLE | BPF_F_INNER_MAP)) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "BPF_F_MMAPABLE and BPF_F_INNER_MAP are for plain arrays only");
        }
        if (s.type() != MapType.PERF_EVENT_ARRAY && (s.flags() & BPF_F_PRESERVE_ELEMS) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "BPF_F_PRESERVE_ELEMS is for perf_event_array only");
        }
        if (s.type() == MapType.PERCPU_ARRAY && MapBase.roundUp8(s.valueSize()) > PCPU_MIN_UNIT_SIZE) {
            return MapCreateResult.error(s, Errno.E2BIG, "a per-CPU value may be at most 32768 bytes");
        }
        return null;
    }

    private static MapCreateResult fdArray(MapSpec s) {
        if (s.valueSize() != 4) {
            return MapCreateResult.error(s, Errno.EINVAL, "value_size must be 4 (an fd)");
        }
        if ((s.flags() & (BPF_F_RDONLY_PROG | BPF_F_WRONLY_PROG)) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "program read-only/write-only flags are not allowed here");
        }
        return array(s);
    }

    private static MapCreateResult inner(MapSpec s, MapOptions o) {
        MapSpec t = o.innerTemplate();
        if (t == null) {
            return MapCreateResult.error(s, Errno.EINVAL, "a map of maps needs an inner map template (inner_map_fd is not a map)");
        }
        if (t.type() == MapType.ARRAY_OF_MAPS || t.type() == MapType.HASH_OF_MAPS) {
            return MapCreateResult.error(s, Errno.EINVAL, "only one level of maps in maps");
        }
        if (t.type() == MapType.PROG_ARRAY || t.type() == MapType.PERF_EVENT_ARRAY) {
            return MapCreateResult.error(s, Errno.ENOTSUPP, "a " + t.type() + " cannot be an inner map");
        }
        MapCreateResult r = check(t, MapOptions.cpus(o.cpus()));
        return r == null ? null : MapCreateResult.error(s, Errno.of(r.errno()), "inner map: " + r.message());
    }

    private static MapCreateResult hash(MapSpec s) {
        boolean lru = s.type() == MapType.LRU_HASH || s.type() == MapType.LRU_PERCPU_HASH;
        boolean percpu = s.type() == MapType.PERCPU_HASH || s.type() == MapType.LRU_PERCPU_HASH;
        if ((s.flags() & ~HTAB_FLAGS) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "flags not allowed for a hash: 0x" + Integer.toHexString(s.flags() & ~HTAB_FLAGS));
        }
        if (!lru && (s.flags() & BPF_F_NO_COMMON_LRU) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "BPF_F_NO_COMMON_LRU is for LRU maps only");
        }
        if (lru && (s.flags() & BPF_F_NO_PREALLOC) != 0) {
            return MapCreateResult.error(s, Errno.ENOTSUPP, "LRU maps are always preallocated (no BPF_F_NO_PREALLOC)");
        }
        if (s.maxEntries() == 0 || s.keySize() == 0 || s.valueSize() == 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "max_entries, key_size and value_size must not be 0");
        }
        if ((long) s.keySize() + s.valueSize() >= KMALLOC_MAX_SIZE - HTAB_ELEM_SIZE) {
            return MapCreateResult.error(s, Errno.E2BIG, "key_size + value_size too large");
        }
        if (percpu && MapBase.roundUp8(s.valueSize()) > PCPU_MIN_UNIT_SIZE) {
            return MapCreateResult.error(s, Errno.E2BIG, "a per-CPU value may be at most 32768 bytes");
        }
        if (Integer.toUnsignedLong(s.maxEntries()) > 1L << 31) {
            return MapCreateResult.error(s, Errno.E2BIG, "max_entries above 2^31");
        }
        return null;
    }

    private static MapCreateResult lpm(MapSpec s) {
        if (s.maxEntries() == 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "max_entries must not be 0");
        }
        if ((s.flags() & BPF_F_NO_PREALLOC) == 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "an LPM trie needs BPF_F_NO_PREALLOC (flags 1)");
        }
        if ((s.flags() & ~LPM_FLAGS) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "flags not allowed for an LPM trie");
        }
        if (s.keySize() < 4 + 1 || s.keySize() > 4 + 256) {
            return MapCreateResult.error(s, Errno.EINVAL, "key_size must be 5..260 (u32 prefixlen + 1..256 data bytes)");
        }
        if (s.valueSize() < 1 || s.valueSize() > KMALLOC_MAX_SIZE - 256 - 64) {
            return MapCreateResult.error(s, Errno.EINVAL, "value_size out of range");
        }
        return null;
    }

    private static MapCreateResult queueStack(MapSpec s) {
        if (s.maxEntries() == 0 || s.keySize() != 0 || s.valueSize() == 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "key_size must be 0, value_size and max_entries not 0");
        }
        if ((s.flags() & ~QUEUE_STACK_FLAGS) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "flags not allowed for a " + s.type());
        }
        if (s.valueSize() > KMALLOC_MAX_SIZE) {
            return MapCreateResult.error(s, Errno.E2BIG, "value_size above 4 MiB");
        }
        if (Integer.toUnsignedLong(s.maxEntries()) >= 0xffffffffL / s.valueSize()) {
            return MapCreateResult.error(s, Errno.E2BIG, "max_entries * value_size overflows");
        }
        return null;
    }

    private static MapCreateResult ringbuf(MapSpec s) {
        if ((s.flags() & ~BPF_F_NUMA_NODE) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "flags not allowed for a ring buffer");
        }
        int n = s.maxEntries();
        if (s.keySize() != 0 || s.valueSize() != 0 || n == 0 || Integer.bitCount(n) != 1 || n % PAGE_SIZE != 0) {
            return MapCreateResult.error(s, Errno.EINVAL,
                    "key_size and value_size must be 0, max_entries a power of 2 and a multiple of 4096");
        }
        return null;
    }

    private static MapCreateResult bloom(MapSpec s, MapOptions o) {
        if (s.valueSize() > KMALLOC_MAX_SIZE) {
            return MapCreateResult.error(s, Errno.E2BIG, "value_size above 4 MiB");
        }
        if (s.keySize() != 0 || s.valueSize() == 0 || s.maxEntries() == 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "key_size must be 0, value_size and max_entries not 0");
        }
        if ((s.flags() & ~BLOOM_FLAGS) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "flags not allowed for a bloom filter");
        }
        if ((o.mapExtra() & ~0xfL) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "map_extra holds only the number of hashes (0..15)");
        }
        return null;
    }

    private static MapCreateResult stackTrace(MapSpec s) {
        if ((s.flags() & ~STACK_FLAGS) != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "flags not allowed for a stack trace map");
        }
        if (s.maxEntries() == 0 || s.keySize() != 4 || s.valueSize() < 8 || s.valueSize() % 8 != 0) {
            return MapCreateResult.error(s, Errno.EINVAL, "key_size must be 4, value_size a non-zero multiple of 8");
        }
        if ((s.flags() & BPF_F_STACK_BUILD_ID) != 0) {
            if (s.valueSize() % 32 != 0 || s.valueSize() / 32 > PERF_EVENT_MAX_STACK) {
                return MapCreateResult.error(s, Errno.EINVAL, "build-id stacks need value_size a multiple of 32");
            }
        } else if (s.valueSize() / 8 > PERF_EVENT_MAX_STACK) {
            return MapCreateResult.error(s, Errno.EINVAL, "more than 127 frames");
        }
        if (Integer.toUnsignedLong(s.maxEntries()) > 1L << 31) {
            return MapCreateResult.error(s, Errno.E2BIG, "max_entries above 2^31");
        }
        return null;
    }
}
