/*
 * Context access per program type: dispatches to the rule table of the type's context family
 * (check/ctx: __sk_buff for socket_filter, sched_cls and cgroup_skb, xdp_md, the tracing contexts,
 * bpf_perf_event_data), plus the per-type packet and LD_ABS permissions the verifier asks about.
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.check.ctx.CtxRules;
import org.bpfplay.engine.verifier.check.ctx.PerfEventRules;
import org.bpfplay.engine.verifier.check.ctx.SkBuffField;
import org.bpfplay.engine.verifier.check.ctx.SkBuffRules;
import org.bpfplay.engine.verifier.check.ctx.TracingRules;
import org.bpfplay.engine.verifier.check.ctx.XdpMdRules;
import org.bpfplay.engine.verifier.state.RegType;

/** Whether a context access is allowed, and what a load yields. */
public final class CtxAccess {
    /** sizeof(struct xdp_md). */
    public static final int XDP_MD_SIZE = XdpMdRules.STRUCT_SIZE;
    /** sizeof(struct __sk_buff). */
    public static final int SK_BUFF_SIZE = SkBuffField.STRUCT_SIZE;

    private CtxAccess() {
    }

    /** The rule table of a program type. */
    public static CtxRules rules(ProgramType type) {
        switch (type) {
            case SOCKET_FILTER:
                return SkBuffRules.SOCKET_FILTER;
            case SCHED_CLS:
                return SkBuffRules.SCHED_CLS;
            case CGROUP_SKB:
                return SkBuffRules.CGROUP_SKB;
            case XDP:
                return XdpMdRules.XDP;
            case KPROBE:
                return TracingRules.KPROBE;
            case TRACEPOINT:
                return TracingRules.TRACEPOINT;
            case RAW_TRACEPOINT:
                return TracingRules.RAW_TRACEPOINT;
            case PERF_EVENT:
                return PerfEventRules.PERF_EVENT;
            default:
                throw new IllegalArgumentException("no context rules for " + type);
        }
    }

    /**
     * The register type a valid load produces (SCALAR for plain fields), or null if the access
     * is invalid ("invalid bpf_context access").
     */
    public static RegType access(ProgramType type, int off, int size, boolean write) {
        return access(type, off, size, write, false);
    }

    /** As {@link #access(ProgramType, int, int, boolean)}, for a sign-extending load when {@code signExtend}. */
    public static RegType access(ProgramType type, int off, int size, boolean write, boolean signExtend) {
        return rules(type).access(off, size, write, signExtend);
    }

    /**
     * may_access_direct_pkt_data for a store through a packet pointer: tc and xdp programs may
     * write the packet, cgroup_skb programs only read it.
     */
    public static boolean mayWritePacket(ProgramType type) {
        return type == ProgramType.SCHED_CLS || type == ProgramType.XDP;
    }

    /** may_access_skb: the types whose programs may use BPF_LD_ABS/IND. */
    public static boolean mayUseLdAbs(ProgramType type) {
        return type == ProgramType.SOCKET_FILTER || type == ProgramType.SCHED_CLS;
    }
}
