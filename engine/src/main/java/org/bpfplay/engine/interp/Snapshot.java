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

    /** Copies the state of {@code m}. */
    static Snapshot of(Machine m) {
        Memory memory = m.memory;
        int n = memory.count;
        byte[][] bytes = new byte[n][];
        long[][] virt = new long[n][];
        for (int id = 1; id < n; id++) {
            Region r = memory.regions[id];
            if (r.writable()) {
                bytes[id] = r.snapshotBytes();
            }
            if (r.hasVirtualFields()) {
                virt[id] = r.virtualValues().clone();
            }
        }
        Object[] ext = new Object[m.externalStates.size()];
        for (int i = 0; i < ext.length; i++) {
            ext[i] = m.externalStates.get(i).save();
        }
        return new Snapshot(m.insnCount, m.regs.clone(), m.pc, m.depth, m.returnPc.clone(), m.savedRegs.clone(),
                m.mayGoto.clone(), m.status, m.fault, m.exitValue, n, bytes, virt, ext);
    }

    /** Puts {@code m} back into this state; regions added after the snapshot are dropped. */
    void restoreInto(Machine m) {
        System.arraycopy(regs, 0, m.regs, 0, regs.length);
        m.pc = pc;
        m.depth = depth;
        System.arraycopy(returnPc, 0, m.returnPc, 0, returnPc.length);
        System.arraycopy(savedRegs, 0, m.savedRegs, 0, savedRegs.length);
        System.arraycopy(mayGoto, 0, m.mayGoto, 0, mayGoto.length);
        m.insnCount = position;
        m.status = status;
        m.fault = fault;
        m.exitValue = exitValue;
        Memory memory = m.memory;
        memory.truncate(regionCount);
        for (int id = 1; id < regionCount; id++) {
            Region r = memory.regions[id];
            if (bytes[id] != null) {
                System.arraycopy(bytes[id], 0, r.bytes(), r.offset(), r.length());
            }
            if (virtualValues[id] != null) {
                System.arraycopy(virtualValues[id], 0, r.virtualValues(), 0, r.virtualValues().length);
            }
        }
        for (int i = 0; i < external.length; i++) {
            m.externalStates.get(i).restore(external[i]);
        }
        memory.clearFault();
    }
}
