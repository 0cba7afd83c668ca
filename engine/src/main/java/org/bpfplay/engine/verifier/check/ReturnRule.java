/*
 * check_return_code for the main program's exit, per program type. Of the supported types only
 * cgroup_skb constrains r0 (ingress, the attach type a plain load gets: [0, 1]); socket_filter,
 * sched_cls, xdp, kprobe (not a session), tracepoint, raw_tracepoint (no BTF attach) and
 * perf_event return anything, as long as r0 was written. With a range the kernel wants a
 * scalar, marks r0 precise (mark_chain_precision), then compares its signed bounds.
 */
package org.bpfplay.engine.verifier.check;

import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.state.RegState;

/** The return-value rule of a program type. */
public enum ReturnRule {
    SOCKET_FILTER(ProgramType.SOCKET_FILTER),
    SCHED_CLS(ProgramType.SCHED_CLS),
    XDP(ProgramType.XDP),
    KPROBE(ProgramType.KPROBE),
    TRACEPOINT(ProgramType.TRACEPOINT),
    RAW_TRACEPOINT(ProgramType.RAW_TRACEPOINT),
    PERF_EVENT(ProgramType.PERF_EVENT),
    /** BPF_CGROUP_INET_INGRESS: 0 drop, 1 allow (egress, [0, 3], needs an expected attach type). */
    CGROUP_SKB(ProgramType.CGROUP_SKB, 0, 1);

    public final ProgramType type;
    /** Whether r0 is checked at all. */
    public final boolean ranged;
    public final int min;
    public final int max;

    ReturnRule(ProgramType type) {
        this.type = type;
        this.ranged = false;
        this.min = 0;
        this.max = 0;
    }

    ReturnRule(ProgramType type, int min, int max) {
        this.type = type;
        this.ranged = true;
        this.min = min;
        this.max = max;
    }

    public static ReturnRule of(ProgramType t) {
        for (ReturnRule r : values()) {
            if (r.type == t) {
                return r;
            }
        }
        throw new IllegalArgumentException("no return rule for " + t);
    }

    /** The refusal of a non-scalar r0 ("is not a known value"), or null when r0 is a scalar. */
    public Failure typeCheck(RegState r0) {
        if (r0.isScalar()) {
            return null;
        }
        return Failure.einval("At program exit the register R0 is not a known value (" + r0.type().logName + ")");
    }

    /** verbose_invalid_scalar when r0's signed bounds leave the range, else null. */
    public Failure rangeCheck(RegState r0) {
        long smin = r0.value().smin();
        long smax = r0.value().smax();
        if (min <= smin && smax <= max) {
            return null;
        }
        StringBuilder sb = new StringBuilder("At program exit the register R0 has");
        if (smin > Long.MIN_VALUE) {
            sb.append(" smin=").append(smin);
        }
        if (smax < Long.MAX_VALUE) {
            sb.append(" smax=").append(smax);
        }
        if (smin == Long.MIN_VALUE && smax == Long.MAX_VALUE) {
            sb.append(" unknown scalar value");
        }
        sb.append(" should have been in [").append(min).append(", ").append(max).append(']');
        return Failure.einval(sb.toString());
    }
}
