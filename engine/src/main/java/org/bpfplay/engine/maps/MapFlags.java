package org.bpfplay.engine.maps;

/**
 * Flag values from the kernel UAPI ({@code include/uapi/linux/bpf.h}): the update flags a map
 * operation takes, the {@code map_flags} given at creation, and the flags of the helpers that
 * write into special maps.
 */
public final class MapFlags {
    private MapFlags() {
    }

    // Update flags (BPF_MAP_UPDATE_ELEM and bpf_map_update_elem).
    public static final long BPF_ANY = 0;
    public static final long BPF_NOEXIST = 1;
    public static final long BPF_EXIST = 2;
    public static final long BPF_F_LOCK = 4;

    // Creation flags (map_flags of BPF_MAP_CREATE).
    public static final int BPF_F_NO_PREALLOC = 1;
    public static final int BPF_F_NO_COMMON_LRU = 1 << 1;
    public static final int BPF_F_NUMA_NODE = 1 << 2;
    public static final int BPF_F_RDONLY = 1 << 3;
    public static final int BPF_F_WRONLY = 1 << 4;
    public static final int BPF_F_STACK_BUILD_ID = 1 << 5;
    public static final int BPF_F_ZERO_SEED = 1 << 6;
    public static final int BPF_F_RDONLY_PROG = 1 << 7;
    public static final int BPF_F_WRONLY_PROG = 1 << 8;
    public static final int BPF_F_CLONE = 1 << 9;
    public static final int BPF_F_MMAPABLE = 1 << 10;
    public static final int BPF_F_PRESERVE_ELEMS = 1 << 11;
    public static final int BPF_F_INNER_MAP = 1 << 12;

    /** The access flags every map type accepts (BPF_F_ACCESS_MASK). */
    public static final int BPF_F_ACCESS_MASK = BPF_F_RDONLY | BPF_F_RDONLY_PROG | BPF_F_WRONLY | BPF_F_WRONLY_PROG;

    // bpf_get_stackid flags.
    public static final long BPF_F_SKIP_FIELD_MASK = 0xff;
    public static final long BPF_F_USER_STACK = 1 << 8;
    public static final long BPF_F_FAST_STACK_CMP = 1 << 9;
    public static final long BPF_F_REUSE_STACKID = 1 << 10;

    // bpf_perf_event_output flags.
    public static final long BPF_F_INDEX_MASK = 0xffffffffL;
    public static final long BPF_F_CURRENT_CPU = BPF_F_INDEX_MASK;
    public static final long BPF_F_CTXLEN_MASK = 0xfffffL << 32;

    // bpf_ringbuf_* flags and bpf_ringbuf_query selectors.
    public static final long BPF_RB_NO_WAKEUP = 1;
    public static final long BPF_RB_FORCE_WAKEUP = 2;
    public static final long BPF_RB_AVAIL_DATA = 0;
    public static final long BPF_RB_RING_SIZE = 1;
    public static final long BPF_RB_CONS_POS = 2;
    public static final long BPF_RB_PROD_POS = 3;

    /**
     * Whether the access flags are a legal combination: at most one of RDONLY/WRONLY and at most
     * one of RDONLY_PROG/WRONLY_PROG (the kernel's bpf_map_flags_access_ok).
     */
    public static boolean accessOk(int flags) {
        boolean user = (flags & BPF_F_RDONLY) != 0 && (flags & BPF_F_WRONLY) != 0;
        boolean prog = (flags & BPF_F_RDONLY_PROG) != 0 && (flags & BPF_F_WRONLY_PROG) != 0;
        return !user && !prog;
    }
}
