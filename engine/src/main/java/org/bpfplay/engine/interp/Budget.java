package org.bpfplay.engine.interp;

/**
 * Limits of one run: at most {@code maxInstructions} executed instructions and
 * {@code maxNanos} of wall-clock time (checked every {@link #CHECK_INTERVAL} instructions, so the
 * fast path pays one counter decrement per instruction). Exceeding either ends the run with an
 * {@link FaultKind#INSN_LIMIT} or {@link FaultKind#TIME_LIMIT} fault.
 */
public record Budget(long maxInstructions, long maxNanos) {
    /** Instructions between two clock reads. */
    public static final int CHECK_INTERVAL = 1 << 16;

    /** 100 million instructions or 5 seconds. */
    public static final Budget DEFAULT = new Budget(100_000_000L, 5_000_000_000L);

    public Budget {
        if (maxInstructions < 0 || maxNanos < 0) {
            throw new IllegalArgumentException("budget limits must not be negative");
        }
    }

    public static Budget unlimited() {
        return new Budget(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    public static Budget instructions(long max) {
        return new Budget(max, Long.MAX_VALUE);
    }
}
