package org.bpfplay.engine.helpers;

import static org.bpfplay.engine.helpers.HelperId.*;

import java.util.EnumSet;
import java.util.Set;

import org.bpfplay.engine.progtype.ProgramType;

/**
 * Which program types may call which helper: the get_func_proto chains of Linux 6.12 as changed by
 * 6.18, the reference (get_current_uid_gid joined the capability-free base tier and get_current_comm
 * the CAP_PERFMON tier; checked against the kernel by HelperAccessOracleTest, recorded with
 * scripts/record-helpers-access.sh).
 * Networking types (sk_filter_func_proto, tc_cls_act_func_proto, xdp_func_proto, cg_skb_func_proto)
 * fall back to bpf_sk_base_func_proto, tracing types (kprobe, tp, raw_tp, pe _prog_func_proto) to
 * bpf_tracing_func_proto; both end in bpf_base_func_proto, whose helpers come in three tiers: for
 * everyone, for CAP_BPF, for CAP_PERFMON. Tracing types need CAP_PERFMON to load at all, so under
 * {@link Privilege#CAP_BPF} none of their helpers is available. Only the helpers of
 * {@link HelperProtos} are covered; others answer false.
 */
public final class HelperAccess {
    /** bpf_base_func_proto, available without capabilities. */
    static final Set<HelperId> BASE = EnumSet.of(MAP_LOOKUP_ELEM, MAP_UPDATE_ELEM, MAP_DELETE_ELEM,
            MAP_PUSH_ELEM, MAP_POP_ELEM, MAP_PEEK_ELEM, GET_PRANDOM_U32, GET_SMP_PROCESSOR_ID, GET_NUMA_NODE_ID,
            TAIL_CALL, KTIME_GET_NS, KTIME_GET_BOOT_NS, RINGBUF_OUTPUT, RINGBUF_RESERVE, RINGBUF_SUBMIT,
            RINGBUF_DISCARD, RINGBUF_QUERY, GET_CURRENT_PID_TGID, GET_CURRENT_UID_GID);
    /** bpf_base_func_proto behind CAP_BPF. */
    static final Set<HelperId> BASE_CAP_BPF = EnumSet.of(SPIN_LOCK, SPIN_UNLOCK, JIFFIES64, FOR_EACH_MAP_ELEM, LOOP);
    /** bpf_base_func_proto behind CAP_PERFMON. */
    static final Set<HelperId> BASE_PERFMON = EnumSet.of(TRACE_PRINTK, GET_CURRENT_TASK, GET_CURRENT_COMM,
            PROBE_READ_USER,
            PROBE_READ_KERNEL, PROBE_READ_USER_STR, PROBE_READ_KERNEL_STR, SNPRINTF, TRACE_VPRINTK);
    /** bpf_sk_base_func_proto's own additions (before the base). */
    static final Set<HelperId> SK_BASE = EnumSet.of(KTIME_GET_COARSE_NS);
    static final Set<HelperId> SOCKET_FILTER_OWN = EnumSet.of(SKB_LOAD_BYTES, GET_SOCKET_COOKIE, PERF_EVENT_OUTPUT);
    /** cg_skb_func_proto: the socket filter's plus the socket lookups and casts (CONFIG_INET). */
    static final Set<HelperId> CGROUP_SKB_OWN = EnumSet.of(SKB_LOAD_BYTES, GET_SOCKET_COOKIE, PERF_EVENT_OUTPUT,
            SK_LOOKUP_TCP, SK_LOOKUP_UDP, SK_RELEASE, SKC_LOOKUP_TCP, SK_FULLSOCK, TCP_SOCK, GET_LISTENER_SOCK);
    static final Set<HelperId> SCHED_CLS_OWN = EnumSet.of(SKB_STORE_BYTES, SKB_LOAD_BYTES, CSUM_DIFF,
            L3_CSUM_REPLACE, L4_CSUM_REPLACE, SKB_CHANGE_PROTO, REDIRECT, PERF_EVENT_OUTPUT, GET_SMP_PROCESSOR_ID,
            GET_SOCKET_COOKIE, SK_LOOKUP_TCP, SK_LOOKUP_UDP, SK_RELEASE, SKC_LOOKUP_TCP, SK_FULLSOCK, TCP_SOCK,
            GET_LISTENER_SOCK);
    /** xdp_func_proto: the lookups and release, but no casts (there is no skb->sk to start from). */
    static final Set<HelperId> XDP_OWN = EnumSet.of(PERF_EVENT_OUTPUT, GET_SMP_PROCESSOR_ID, CSUM_DIFF,
            XDP_ADJUST_HEAD, XDP_ADJUST_META, XDP_ADJUST_TAIL, REDIRECT, SK_LOOKUP_TCP, SK_LOOKUP_UDP, SK_RELEASE,
            SKC_LOOKUP_TCP);
    /** bpf_tracing_func_proto's own cases (it hands them out without a further capability check). */
    static final Set<HelperId> TRACING_OWN = EnumSet.of(MAP_LOOKUP_ELEM, MAP_UPDATE_ELEM, MAP_DELETE_ELEM,
            MAP_PUSH_ELEM, MAP_POP_ELEM, MAP_PEEK_ELEM, KTIME_GET_NS, KTIME_GET_BOOT_NS, TAIL_CALL,
            GET_CURRENT_TASK, GET_CURRENT_UID_GID, GET_CURRENT_COMM, TRACE_PRINTK, GET_SMP_PROCESSOR_ID,
            GET_NUMA_NODE_ID, GET_PRANDOM_U32, PROBE_READ_USER, PROBE_READ_KERNEL, PROBE_READ_USER_STR,
            PROBE_READ_KERNEL_STR, PROBE_READ, PROBE_READ_STR, RINGBUF_OUTPUT, RINGBUF_RESERVE, RINGBUF_SUBMIT,
            RINGBUF_DISCARD, RINGBUF_QUERY, JIFFIES64, FOR_EACH_MAP_ELEM, SNPRINTF, TRACE_VPRINTK);
    /** kprobe, tracepoint, raw_tracepoint and perf_event each have their own variant of these. */
    static final Set<HelperId> TRACING_TYPE_OWN = EnumSet.of(PERF_EVENT_OUTPUT, GET_STACKID);

    private HelperAccess() {
    }

    /** Whether a program of this type, loaded with this privilege, may call the helper. */
    public static boolean allowed(HelperId id, ProgramType type, Privilege privilege) {
        if (id == null || HelperProtos.of(id) == null) {
            return false;
        }
        if (!type.isNetworking()) {
            if (privilege != Privilege.ROOT) {
                return false;
            }
            if (id == GET_FUNC_IP) {
                // the verifier's check_get_func_ip only accepts it for kprobe (and BPF_PROG_TYPE_TRACING)
                return type == ProgramType.KPROBE;
            }
            return TRACING_TYPE_OWN.contains(id) || TRACING_OWN.contains(id) || base(id, privilege);
        }
        Set<HelperId> own;
        switch (type) {
            case SOCKET_FILTER:
                own = SOCKET_FILTER_OWN;
                break;
            case CGROUP_SKB:
                own = CGROUP_SKB_OWN;
                break;
            case SCHED_CLS:
                own = SCHED_CLS_OWN;
                break;
            default:
                own = XDP_OWN;
                break;
        }
        return own.contains(id) || SK_BASE.contains(id) || base(id, privilege);
    }

    private static boolean base(HelperId id, Privilege privilege) {
        return BASE.contains(id) || BASE_CAP_BPF.contains(id)
                || privilege == Privilege.ROOT && BASE_PERFMON.contains(id);
    }

    /** The program types (in enum order) that may call the helper with this privilege. */
    public static Set<ProgramType> callers(HelperId id, Privilege privilege) {
        Set<ProgramType> out = EnumSet.noneOf(ProgramType.class);
        for (ProgramType t : ProgramType.values()) {
            if (allowed(id, t, privilege)) {
                out.add(t);
            }
        }
        return out;
    }
}
