package org.bpfplay.engine.interp;

/**
 * The atomic read-modify-write instructions (BPF_ATOMIC: add, or, and, xor, each optionally with
 * BPF_FETCH; xchg; cmpxchg) on 4 or 8 bytes. The address must be aligned to the access size, as
 * the kernel's JITs require; the old value goes to src (fetch, xchg) or r0 (cmpxchg).
 */
final class AtomicRmw {
    private AtomicRmw() {
    }

    /** Executes the atomic at {@code at}; false on a fault (the machine has stopped). */
    static boolean execute(Machine m, int at, int dst, int src, int size) {
        long[] regs = m.regs;
        Memory memory = m.memory;
        long a = regs[dst] + m.code.offs[at];
        if ((a & (size - 1)) != 0) {
            Region r = memory.region((int) Memory.regionIdOf(a));
            m.stop(new Fault(FaultKind.MISALIGNED, at, a, r == null ? null : r.name(), size,
                    size + "-byte atomic at offset " + Memory.offsetOf(a) + " is not " + size + "-byte aligned"));
            return false;
        }
        long slot = memory.locateWritable(a, size, at);
        if (slot < 0) {
            m.stop(memory.fault);
            memory.clearFault();
            return false;
        }
        byte[] d = memory.data[(int) (slot >>> 32)];
        long mask = size == 4 ? 0xffff_ffffL : -1L;
        long old = Memory.get(d, (int) slot, size);
        long v = regs[src];
        int imm = (int) m.code.imms[at];
        long nv;
        switch (imm & ~1) {
            case 0x00:
                nv = old + v;
                break;
            case 0x40:
                nv = old | v;
                break;
            case 0x50:
                nv = old & v;
                break;
            case 0xa0:
                nv = old ^ v;
                break;
            case 0xe0:
                nv = v;
                break;
            default:
                // cmpxchg: compare with r0, always load the old value into r0
                nv = old == (regs[0] & mask) ? v : old;
                regs[0] = old;
                if (nv != old) {
                    memory.putLocated(slot, size, nv);
                }
                m.pc = at + 1;
                return true;
        }
        memory.putLocated(slot, size, nv & mask);
        if ((imm & 1) != 0) {
            regs[src] = old;
        }
        m.pc = at + 1;
        return true;
    }
}
