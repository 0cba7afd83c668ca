package org.bpfplay.engine.verifier.check.ctx;

import org.bpfplay.engine.verifier.state.RegType;

/**
 * The read-only contexts of the tracing types (kernel/trace/bpf_trace.c): any naturally aligned
 * load inside a window of the context, never a store. Loads yield scalars.
 */
public enum TracingRules implements CtxRules {
    /** struct pt_regs of x86-64 (21 u64 registers): kprobe_prog_is_valid_access. */
    KPROBE(0, 21 * 8),
    /**
     * The raw trace record: tp_prog_is_valid_access refuses its first 8 bytes (the common
     * header fields) and allows up to PERF_MAX_TRACE_SIZE. Its lower bound compares against a
     * sizeof, so the int offset is compared unsigned and a negative offset passes (6.18 accepts
     * {@code *(u64 *)(r1 - 8)}); only the alignment rule still applies to it.
     */
    TRACEPOINT(8, 8192, true),
    /** u64 args[MAX_BPF_FUNC_ARGS = 12]: bpf_tracing_ctx_access. */
    RAW_TRACEPOINT(0, 12 * 8, false);

    /** First readable offset. */
    public final int from;
    /** End of the readable window (exclusive). */
    public final int to;
    /** Whether the lower bound is checked as an unsigned comparison (negative offsets pass it). */
    public final boolean unsignedLowerBound;

    TracingRules(int from, int to) {
        this(from, to, false);
    }

    TracingRules(int from, int to, boolean unsignedLowerBound) {
        this.from = from;
        this.to = to;
        this.unsignedLowerBound = unsignedLowerBound;
    }

    @Override
    public RegType access(int off, int size, boolean write, boolean signExtend) {
        boolean below = unsignedLowerBound ? Integer.compareUnsigned(off, from) < 0 : off < from;
        if (write || below || off >= to || off % size != 0 || off + size > to) {
            return null;
        }
        return RegType.SCALAR;
    }

    @Override
    public int structSize() {
        return to;
    }
}
