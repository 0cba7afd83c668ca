package org.bpfplay.engine.helpers;

import static org.bpfplay.engine.helpers.ArgType.ARG_ANYTHING;
import static org.bpfplay.engine.helpers.ArgType.ARG_CONST_ALLOC_SIZE_OR_ZERO;
import static org.bpfplay.engine.helpers.ArgType.ARG_CONST_MAP_PTR;
import static org.bpfplay.engine.helpers.ArgType.ARG_CONST_SIZE;
import static org.bpfplay.engine.helpers.ArgType.ARG_CONST_SIZE_OR_ZERO;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_CONST_STR;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_BTF_ID_SOCK_COMMON;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_CTX;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_FUNC;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_MAP_KEY;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_MAP_VALUE;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_MEM;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_MEM_OR_NULL;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_RINGBUF_MEM;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_SOCK_COMMON;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_SPIN_LOCK;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_STACK_OR_NULL;
import static org.bpfplay.engine.helpers.ArgType.ARG_PTR_TO_UNINIT_MEM;
import static org.bpfplay.engine.helpers.ArgType.ARG_SCALAR;
import static org.bpfplay.engine.helpers.RetType.RET_INTEGER;
import static org.bpfplay.engine.helpers.RetType.RET_PTR_TO_MAP_VALUE_OR_NULL;
import static org.bpfplay.engine.helpers.RetType.RET_PTR_TO_RINGBUF_MEM_OR_NULL;
import static org.bpfplay.engine.helpers.RetType.RET_PTR_TO_SOCKET_OR_NULL;
import static org.bpfplay.engine.helpers.RetType.RET_PTR_TO_SOCK_COMMON_OR_NULL;
import static org.bpfplay.engine.helpers.RetType.RET_PTR_TO_TCP_SOCK_OR_NULL;
import static org.bpfplay.engine.helpers.RetType.RET_VOID;
import static org.bpfplay.engine.helpers.TypeFlag.MEM_RDONLY;
import static org.bpfplay.engine.helpers.TypeFlag.MEM_UNINIT;
import static org.bpfplay.engine.helpers.TypeFlag.MEM_WRITE;
import static org.bpfplay.engine.helpers.TypeFlag.OBJ_RELEASE;
import static org.bpfplay.engine.helpers.TypeFlag.PTR_MAYBE_NULL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The prototype table: facts from the {@code struct bpf_func_proto} initialisers of Linux 6.12
 * (kernel/bpf/helpers.c, ringbuf.c, bpf_iter.c, stackmap.c, core.c, kernel/trace/bpf_trace.c,
 * net/core/filter.c). Which program types may call each helper is {@link HelperAccess}.
 */
public final class HelperProtos {
    private static final Map<HelperId, HelperProto> TABLE = build();

    private HelperProtos() {
    }

    /** The prototype of a helper, or null if this table does not describe it. */
    public static HelperProto of(HelperId id) {
        return TABLE.get(id);
    }

    /** The prototype for a call imm, or null for unknown ids and undescribed helpers. */
    public static HelperProto of(long id) {
        HelperId h = HelperId.byId(id);
        return h == null ? null : TABLE.get(h);
    }

    /** All described prototypes in id order. */
    public static Collection<HelperProto> all() {
        return Collections.unmodifiableCollection(TABLE.values());
    }

    private static ArgSpec a(ArgType t, TypeFlag... f) {
        return ArgSpec.of(t, f);
    }

    private static void put(Map<HelperId, HelperProto> m, HelperId id, boolean gpl, boolean pkt, RetType ret,
                            String description, ArgSpec... args) {
        List<ArgSpec> l = new ArrayList<>(List.of(args));
        m.put(id, new HelperProto(id, ret, l, gpl, pkt, description));
    }

    private static Map<HelperId, HelperProto> build() {
        Map<HelperId, HelperProto> m = new EnumMap<>(HelperId.class);
        ArgSpec map = a(ARG_CONST_MAP_PTR);
        ArgSpec any = a(ARG_ANYTHING);
        ArgSpec ctx = a(ARG_PTR_TO_CTX);
        ArgSpec roMem = a(ARG_PTR_TO_MEM, MEM_RDONLY);
        ArgSpec roMemOrNull = a(ARG_PTR_TO_MEM, PTR_MAYBE_NULL, MEM_RDONLY);
        ArgSpec uninit = a(ARG_PTR_TO_UNINIT_MEM);
        ArgSpec size = a(ARG_CONST_SIZE);
        ArgSpec sizeOr0 = a(ARG_CONST_SIZE_OR_ZERO);
        ArgSpec outValue = a(ARG_PTR_TO_MAP_VALUE, MEM_UNINIT, MEM_WRITE);

        put(m, HelperId.MAP_LOOKUP_ELEM, false, true, RET_PTR_TO_MAP_VALUE_OR_NULL,
                "Look up a key in a map; returns a pointer to the value or NULL.", map, a(ARG_PTR_TO_MAP_KEY));
        put(m, HelperId.MAP_UPDATE_ELEM, false, true, RET_INTEGER,
                "Create or update a map entry (flags BPF_ANY, BPF_NOEXIST, BPF_EXIST); 0 or a negative errno.",
                map, a(ARG_PTR_TO_MAP_KEY), a(ARG_PTR_TO_MAP_VALUE), any);
        put(m, HelperId.MAP_DELETE_ELEM, false, true, RET_INTEGER,
                "Delete a map entry; 0 or -ENOENT.", map, a(ARG_PTR_TO_MAP_KEY));
        put(m, HelperId.PROBE_READ, true, false, RET_INTEGER,
                "Legacy: copy size bytes from a kernel or user address (by address range); 0 or -EFAULT.",
                uninit, sizeOr0, any);
        put(m, HelperId.KTIME_GET_NS, false, false, RET_INTEGER,
                "Nanoseconds since boot, not counting suspend (CLOCK_MONOTONIC).");
        put(m, HelperId.TRACE_PRINTK, true, false, RET_INTEGER,
                "printk-style debug line to trace_pipe, at most 3 arguments; bytes written or a negative errno.",
                roMem, size);
        put(m, HelperId.GET_PRANDOM_U32, false, false, RET_INTEGER,
                "A pseudo-random 32-bit number (not for cryptography).");
        put(m, HelperId.GET_SMP_PROCESSOR_ID, false, false, RET_INTEGER,
                "The id of the CPU the program runs on.");
        put(m, HelperId.SKB_STORE_BYTES, false, false, RET_INTEGER,
                "Write len bytes into the packet at offset; flags recompute csum / invalidate hash.",
                ctx, any, roMem, size, any);
        put(m, HelperId.L3_CSUM_REPLACE, false, false, RET_INTEGER,
                "Incrementally fix an L3 (IP) checksum at offset after changing from into to.",
                ctx, any, any, any, any);
        put(m, HelperId.L4_CSUM_REPLACE, false, false, RET_INTEGER,
                "Incrementally fix an L4 (TCP/UDP) checksum at offset; flags for pseudo header and UDP zero.",
                ctx, any, any, any, any);
        put(m, HelperId.TAIL_CALL, false, false, RET_VOID,
                "Jump to the program at index in a prog_array map; continues here only if that fails.",
                ctx, map, any);
        put(m, HelperId.GET_CURRENT_PID_TGID, false, false, RET_INTEGER,
                "tgid << 32 | pid of the current task.");
        put(m, HelperId.GET_CURRENT_UID_GID, false, false, RET_INTEGER,
                "gid << 32 | uid of the current task.");
        put(m, HelperId.GET_CURRENT_COMM, false, false, RET_INTEGER,
                "Copy the current task's name (comm, NUL-terminated) into a buffer; 0 or a negative errno.",
                uninit, size);
        put(m, HelperId.GET_CURRENT_TASK, true, false, RET_INTEGER,
                "Address of the current task_struct (to read with probe_read_kernel).");
        put(m, HelperId.REDIRECT, false, false, RET_INTEGER,
                "Redirect the packet to another interface (ifindex); returns the action to return.",
                any, any);
        put(m, HelperId.PERF_EVENT_OUTPUT, true, false, RET_INTEGER,
                "Send a record of raw data to user space through a perf_event_array map.",
                ctx, map, any, roMem, sizeOr0);
        put(m, HelperId.SKB_LOAD_BYTES, false, false, RET_INTEGER,
                "Copy len bytes of the packet at offset into a buffer; 0 or -EFAULT.",
                ctx, any, uninit, size);
        put(m, HelperId.GET_STACKID, true, false, RET_INTEGER,
                "Walk the stack and store it in a stack_trace map; returns its id.",
                ctx, map, any);
        put(m, HelperId.CSUM_DIFF, false, true, RET_INTEGER,
                "Checksum difference: one's-complement sum of to minus from, plus seed, folded to 16 bits.",
                roMemOrNull, sizeOr0, roMemOrNull, sizeOr0, any);
        put(m, HelperId.SKB_CHANGE_PROTO, false, false, RET_INTEGER,
                "Switch the packet between IPv4 and IPv6 (ETH_P_IP / ETH_P_IPV6), resizing the header room.",
                ctx, any, any);
        put(m, HelperId.GET_NUMA_NODE_ID, false, false, RET_INTEGER,
                "The NUMA node of the current CPU.");
        put(m, HelperId.XDP_ADJUST_HEAD, false, false, RET_INTEGER,
                "Move xdp_md->data by delta (negative grows the packet at the front); 0 or -EINVAL.",
                ctx, any);
        put(m, HelperId.PROBE_READ_STR, true, false, RET_INTEGER,
                "Legacy: copy a NUL-terminated string from a kernel or user address; length with NUL or -EFAULT.",
                uninit, sizeOr0, any);
        put(m, HelperId.GET_SOCKET_COOKIE, false, false, RET_INTEGER,
                "A 64-bit cookie identifying the packet's socket (0 without a socket).", ctx);
        put(m, HelperId.XDP_ADJUST_META, false, false, RET_INTEGER,
                "Move xdp_md->data_meta by delta to make room for metadata before the packet.", ctx, any);
        put(m, HelperId.XDP_ADJUST_TAIL, false, false, RET_INTEGER,
                "Grow or shrink the packet at its end by delta bytes.", ctx, any);
        put(m, HelperId.SK_LOOKUP_TCP, false, true, RET_PTR_TO_SOCKET_OR_NULL,
                "Look up a full TCP socket by a bpf_sock_tuple in netns; returns a referenced socket or NULL.",
                ctx, roMem, sizeOr0, any, any);
        put(m, HelperId.SK_LOOKUP_UDP, false, true, RET_PTR_TO_SOCKET_OR_NULL,
                "Look up a UDP socket by a bpf_sock_tuple in netns; returns a referenced socket or NULL.",
                ctx, roMem, sizeOr0, any, any);
        put(m, HelperId.SK_RELEASE, false, false, RET_INTEGER,
                "Release the reference held by a socket from a lookup; always 0.",
                a(ARG_PTR_TO_BTF_ID_SOCK_COMMON, OBJ_RELEASE));
        put(m, HelperId.SK_FULLSOCK, false, false, RET_PTR_TO_SOCKET_OR_NULL,
                "The full socket (struct bpf_sock) behind a sock_common, or NULL (request and timewait sockets).",
                a(ARG_PTR_TO_SOCK_COMMON));
        put(m, HelperId.TCP_SOCK, false, false, RET_PTR_TO_TCP_SOCK_OR_NULL,
                "The struct bpf_tcp_sock view of a socket, or NULL if it is not TCP.", a(ARG_PTR_TO_SOCK_COMMON));
        put(m, HelperId.GET_LISTENER_SOCK, false, false, RET_PTR_TO_SOCKET_OR_NULL,
                "The listening socket of a request socket (or the socket itself if it listens), or NULL.",
                a(ARG_PTR_TO_SOCK_COMMON));
        put(m, HelperId.SKC_LOOKUP_TCP, false, true, RET_PTR_TO_SOCK_COMMON_OR_NULL,
                "Like sk_lookup_tcp but may also return request and timewait sockets (a sock_common).",
                ctx, roMem, sizeOr0, any, any);
        put(m, HelperId.MAP_PUSH_ELEM, false, true, RET_INTEGER,
                "Push a value onto a queue or stack map (BPF_EXIST replaces the oldest when full).",
                map, a(ARG_PTR_TO_MAP_VALUE), any);
        put(m, HelperId.MAP_POP_ELEM, false, false, RET_INTEGER,
                "Pop a value from a queue or stack map into a buffer; 0 or -ENOENT.", map, outValue);
        put(m, HelperId.MAP_PEEK_ELEM, false, false, RET_INTEGER,
                "Read the next value of a queue or stack map without removing it; 0 or -ENOENT.", map, outValue);
        put(m, HelperId.SPIN_LOCK, false, false, RET_VOID,
                "Take the bpf_spin_lock embedded in a map value.", a(ARG_PTR_TO_SPIN_LOCK));
        put(m, HelperId.SPIN_UNLOCK, false, false, RET_VOID,
                "Release the bpf_spin_lock embedded in a map value.", a(ARG_PTR_TO_SPIN_LOCK));
        put(m, HelperId.PROBE_READ_USER, true, false, RET_INTEGER,
                "Copy size bytes from a user-space address; 0, or -EFAULT with the buffer zeroed.",
                uninit, sizeOr0, any);
        put(m, HelperId.PROBE_READ_KERNEL, true, false, RET_INTEGER,
                "Copy size bytes from a kernel address; 0, or -EFAULT with the buffer zeroed.",
                uninit, sizeOr0, any);
        put(m, HelperId.PROBE_READ_USER_STR, true, false, RET_INTEGER,
                "Copy a NUL-terminated string from user space; its length including the NUL, or -EFAULT.",
                uninit, sizeOr0, any);
        put(m, HelperId.PROBE_READ_KERNEL_STR, true, false, RET_INTEGER,
                "Copy a NUL-terminated string from kernel memory; its length including the NUL, or -EFAULT.",
                uninit, sizeOr0, any);
        put(m, HelperId.JIFFIES64, false, false, RET_INTEGER,
                "The 64-bit jiffies counter (timer ticks since boot, from INITIAL_JIFFIES).");
        put(m, HelperId.KTIME_GET_BOOT_NS, false, false, RET_INTEGER,
                "Nanoseconds since boot including suspend (CLOCK_BOOTTIME).");
        put(m, HelperId.RINGBUF_OUTPUT, false, false, RET_INTEGER,
                "Copy data into a ring buffer map as one record; 0 or -EAGAIN when full.",
                map, roMem, sizeOr0, any);
        put(m, HelperId.RINGBUF_RESERVE, false, false, RET_PTR_TO_RINGBUF_MEM_OR_NULL,
                "Reserve size bytes in a ring buffer; returns the record pointer or NULL. Must be submitted or discarded.",
                map, a(ARG_CONST_ALLOC_SIZE_OR_ZERO), any);
        put(m, HelperId.RINGBUF_SUBMIT, false, false, RET_VOID,
                "Publish a reserved ring buffer record.", a(ARG_PTR_TO_RINGBUF_MEM, OBJ_RELEASE), any);
        put(m, HelperId.RINGBUF_DISCARD, false, false, RET_VOID,
                "Drop a reserved ring buffer record.", a(ARG_PTR_TO_RINGBUF_MEM, OBJ_RELEASE), any);
        put(m, HelperId.RINGBUF_QUERY, false, false, RET_INTEGER,
                "Ring buffer facts: available data, size, consumer or producer position.", map, any);
        put(m, HelperId.KTIME_GET_COARSE_NS, false, false, RET_INTEGER,
                "CLOCK_MONOTONIC_COARSE: like ktime_get_ns but only as fine as the last timer tick.");
        put(m, HelperId.FOR_EACH_MAP_ELEM, false, false, RET_INTEGER,
                "Call a callback(map, key, value, ctx) for each element; a return of 1 stops. Returns the count.",
                map, a(ARG_PTR_TO_FUNC), a(ARG_PTR_TO_STACK_OR_NULL), any);
        put(m, HelperId.SNPRINTF, true, false, RET_INTEGER,
                "printf into a buffer with arguments from an array of u64; returns the length needed with the NUL.",
                a(ARG_PTR_TO_MEM_OR_NULL, MEM_WRITE), sizeOr0, a(ARG_PTR_TO_CONST_STR), roMemOrNull, sizeOr0);
        put(m, HelperId.GET_FUNC_IP, true, false, RET_INTEGER,
                "Address of the traced (kprobed) function.", ctx);
        put(m, HelperId.TRACE_VPRINTK, true, false, RET_INTEGER,
                "trace_printk with up to 12 arguments passed in an array of u64.",
                roMem, size, roMemOrNull, sizeOr0);
        put(m, HelperId.LOOP, false, false, RET_INTEGER,
                "Call callback(index, ctx) up to nr_loops (<= 8388608) times; a non-zero return stops early.",
                a(ARG_SCALAR), a(ARG_PTR_TO_FUNC), a(ARG_PTR_TO_STACK_OR_NULL), any);
        return m;
    }
}
