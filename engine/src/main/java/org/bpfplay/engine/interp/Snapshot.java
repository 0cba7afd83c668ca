package org.bpfplay.engine.interp;

/**
 * A full copy of a machine's state after {@code position} instructions: registers, frames, the
 * bytes of every writable region, virtual context values and saved {@link ExternalState}s.
 * Its size is about 200 bytes plus the writable memory (8 x 512 stack bytes, context, packet...).
 */
record Snapshot(long position, long[] regs, int pc, int depth, int[] returnPc, long[] savedRegs, long[] mayGoto,
                RunStatus status, Fault fault, long exitValue, int regionCount, byte[][] bytes,
                long[][] virtualValues, Object[] external) {

    /** Approximate heap bytes held, for the debugger's memory accounting. */
    long footprint() {
        long n = 256 + regs.length * 8L + savedRegs.length * 8L;
        for (byte[] b : bytes) {
            n += b == null ? 8 : 16 + b.length;
        }
        return n;
    }
}
