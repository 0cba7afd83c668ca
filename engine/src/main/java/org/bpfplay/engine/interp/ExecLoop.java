package org.bpfplay.engine.interp;

/**
 * The interpreter's inner loop: executes at most {@code fuel} instructions of pre-decoded
 * {@link Code} on a {@link Machine}. One switch on the internal op per instruction, registers in
 * a long[16], no allocation and no virtual call on the common paths; memory accesses resolve the
 * fake address with one bound check ({@link Memory#locateLoad}) and go to a slow path only for
 * the unusual (virtual context fields, read-only regions, faults).
 *
 * Kernel semantics: ALU32 results are zero-extended; shift counts are masked (&31, &63); division
 * by zero gives 0 and modulo by zero keeps dst (zero-extended in ALU32); signed forms truncate
 * (INT_MIN / -1 = INT_MIN, INT_MIN % -1 = 0); 32-bit jumps compare the low halves.
 */
final class ExecLoop {
    /** The fuel ran out; the machine can continue. */
    static final int FUEL = 0;
    /** The run ended (exit or fault): see the machine's status. */
    static final int DONE = 1;
    /** A breakpoint op was reached; the instruction at pc has not run. */
    static final int BREAK = 2;

    private static final long M32 = 0xffff_ffffL;

    private ExecLoop() {
    }

    static int execute(Machine m, long[] words, long fuel) {
        // A local copy of the registers: its length is known to the JIT, so r[d & 15] needs no
        // bounds check. It is written back around every call that reads m.regs, and on return.
        final long[] r = new long[16];
        System.arraycopy(m.regs, 0, r, 0, 16);
        final long[] imms = m.code.imms;
        final Memory mem = m.memory;
        mem.clearFault();
        int pc = m.pc;
        long left = fuel;
        while (left != 0) {
            final long w = words[pc];
            final int h = (int) w;
            final int off = (int) (w >> 32);
            final int d = (h >>> 12) & 15;
            final int s = (h >>> 16) & 15;
            switch (h & Op.MASK) {
                // ---- ALU64, immediate ----
                case 0x07: r[d] += imms[pc]; pc++; break;
                case 0x17: r[d] -= imms[pc]; pc++; break;
                case 0x27: r[d] *= imms[pc]; pc++; break;
                case 0x37: r[d] = div64(r[d], imms[pc]); pc++; break;
                case 0x47: r[d] |= imms[pc]; pc++; break;
                case 0x57: r[d] &= imms[pc]; pc++; break;
                case 0x67: r[d] <<= imms[pc]; pc++; break;
                case 0x77: r[d] >>>= imms[pc]; pc++; break;
                case 0x87: r[d] = -r[d]; pc++; break;
                case 0x97: r[d] = mod64(r[d], imms[pc]); pc++; break;
                case 0xa7: r[d] ^= imms[pc]; pc++; break;
                case 0xb7: r[d] = imms[pc]; pc++; break;
                case 0xc7: r[d] >>= imms[pc]; pc++; break;
                // ---- ALU64, register ----
                case 0x0f: r[d] += r[s]; pc++; break;
                case 0x1f: r[d] -= r[s]; pc++; break;
                case 0x2f: r[d] *= r[s]; pc++; break;
                case 0x3f: r[d] = div64(r[d], r[s]); pc++; break;
                case 0x4f: r[d] |= r[s]; pc++; break;
                case 0x5f: r[d] &= r[s]; pc++; break;
                case 0x6f: r[d] <<= r[s]; pc++; break;
                case 0x7f: r[d] >>>= r[s]; pc++; break;
                case 0x9f: r[d] = mod64(r[d], r[s]); pc++; break;
                case 0xaf: r[d] ^= r[s]; pc++; break;
                case 0xbf: r[d] = r[s]; pc++; break;
                case 0xcf: r[d] >>= r[s]; pc++; break;
                // ---- ALU32, immediate ----
                case 0x04: r[d] = ((int) r[d] + (int) imms[pc]) & M32; pc++; break;
                case 0x14: r[d] = ((int) r[d] - (int) imms[pc]) & M32; pc++; break;
                case 0x24: r[d] = ((int) r[d] * (int) imms[pc]) & M32; pc++; break;
                case 0x34: r[d] = div32(r[d], imms[pc]); pc++; break;
                case 0x44: r[d] = ((int) r[d] | (int) imms[pc]) & M32; pc++; break;
                case 0x54: r[d] = ((int) r[d] & (int) imms[pc]) & M32; pc++; break;
                case 0x64: r[d] = ((int) r[d] << (int) imms[pc]) & M32; pc++; break;
                case 0x74: r[d] = ((int) r[d] >>> (int) imms[pc]) & M32; pc++; break;
                case 0x84: r[d] = -(int) r[d] & M32; pc++; break;
                case 0x94: r[d] = mod32(r[d], imms[pc]); pc++; break;
                case 0xa4: r[d] = ((int) r[d] ^ (int) imms[pc]) & M32; pc++; break;
                case 0xb4: r[d] = imms[pc] & M32; pc++; break;
                case 0xc4: r[d] = ((int) r[d] >> (int) imms[pc]) & M32; pc++; break;
                // ---- ALU32, register ----
                case 0x0c: r[d] = ((int) r[d] + (int) r[s]) & M32; pc++; break;
                case 0x1c: r[d] = ((int) r[d] - (int) r[s]) & M32; pc++; break;
                case 0x2c: r[d] = ((int) r[d] * (int) r[s]) & M32; pc++; break;
                case 0x3c: r[d] = div32(r[d], r[s]); pc++; break;
                case 0x4c: r[d] = ((int) r[d] | (int) r[s]) & M32; pc++; break;
                case 0x5c: r[d] = ((int) r[d] & (int) r[s]) & M32; pc++; break;
                case 0x6c: r[d] = ((int) r[d] << (int) r[s]) & M32; pc++; break;
                case 0x7c: r[d] = ((int) r[d] >>> (int) r[s]) & M32; pc++; break;
                case 0x9c: r[d] = mod32(r[d], r[s]); pc++; break;
                case 0xac: r[d] = ((int) r[d] ^ (int) r[s]) & M32; pc++; break;
                case 0xbc: r[d] = r[s] & M32; pc++; break;
                case 0xcc: r[d] = ((int) r[d] >> (int) r[s]) & M32; pc++; break;
                // ---- signed division, sign-extending moves, byte swaps ----
                case Op.SDIV32_K: r[d] = sdiv32(r[d], imms[pc]); pc++; break;
                case Op.SDIV32_X: r[d] = sdiv32(r[d], r[s]); pc++; break;
                case Op.SMOD32_K: r[d] = smod32(r[d], imms[pc]); pc++; break;
                case Op.SMOD32_X: r[d] = smod32(r[d], r[s]); pc++; break;
                case Op.SDIV64_K: r[d] = sdiv64(r[d], imms[pc]); pc++; break;
                case Op.SDIV64_X: r[d] = sdiv64(r[d], r[s]); pc++; break;
                case Op.SMOD64_K: r[d] = smod64(r[d], imms[pc]); pc++; break;
                case Op.SMOD64_X: r[d] = smod64(r[d], r[s]); pc++; break;
                case Op.MOVSX32_8: r[d] = (byte) r[s] & M32; pc++; break;
                case Op.MOVSX32_16: r[d] = (short) r[s] & M32; pc++; break;
                case Op.MOVSX64_8: r[d] = (byte) r[s]; pc++; break;
                case Op.MOVSX64_16: r[d] = (short) r[s]; pc++; break;
                case Op.MOVSX64_32: r[d] = (int) r[s]; pc++; break;
                case Op.LE16: r[d] &= 0xffff; pc++; break;
                case Op.LE32: r[d] &= M32; pc++; break;
                case Op.LE64: pc++; break;
                case Op.SWAP16: r[d] = Short.reverseBytes((short) r[d]) & 0xffffL; pc++; break;
                case Op.SWAP32: r[d] = Integer.reverseBytes((int) r[d]) & M32; pc++; break;
                case Op.SWAP64: r[d] = Long.reverseBytes(r[d]); pc++; break;
                // ---- JMP: 64-bit compares ----
                case 0x05: pc = off; break;
                case 0x15: pc = r[d] == imms[pc] ? off : pc + 1; break;
                case 0x1d: pc = r[d] == r[s] ? off : pc + 1; break;
                case 0x25: pc = ugt(r[d], imms[pc]) ? off : pc + 1; break;
                case 0x2d: pc = ugt(r[d], r[s]) ? off : pc + 1; break;
                case 0x35: pc = !ugt(imms[pc], r[d]) ? off : pc + 1; break;
                case 0x3d: pc = !ugt(r[s], r[d]) ? off : pc + 1; break;
                case 0x45: pc = (r[d] & imms[pc]) != 0 ? off : pc + 1; break;
                case 0x4d: pc = (r[d] & r[s]) != 0 ? off : pc + 1; break;
                case 0x55: pc = r[d] != imms[pc] ? off : pc + 1; break;
                case 0x5d: pc = r[d] != r[s] ? off : pc + 1; break;
                case 0x65: pc = r[d] > imms[pc] ? off : pc + 1; break;
                case 0x6d: pc = r[d] > r[s] ? off : pc + 1; break;
                case 0x75: pc = r[d] >= imms[pc] ? off : pc + 1; break;
                case 0x7d: pc = r[d] >= r[s] ? off : pc + 1; break;
                case 0xa5: pc = ugt(imms[pc], r[d]) ? off : pc + 1; break;
                case 0xad: pc = ugt(r[s], r[d]) ? off : pc + 1; break;
                case 0xb5: pc = !ugt(r[d], imms[pc]) ? off : pc + 1; break;
                case 0xbd: pc = !ugt(r[d], r[s]) ? off : pc + 1; break;
                case 0xc5: pc = r[d] < imms[pc] ? off : pc + 1; break;
                case 0xcd: pc = r[d] < r[s] ? off : pc + 1; break;
                case 0xd5: pc = r[d] <= imms[pc] ? off : pc + 1; break;
                case 0xdd: pc = r[d] <= r[s] ? off : pc + 1; break;
                // ---- JMP32: 32-bit compares ----
                case 0x16: pc = (int) r[d] == (int) imms[pc] ? off : pc + 1; break;
                case 0x1e: pc = (int) r[d] == (int) r[s] ? off : pc + 1; break;
                case 0x26: pc = ugt32(r[d], imms[pc]) ? off : pc + 1; break;
                case 0x2e: pc = ugt32(r[d], r[s]) ? off : pc + 1; break;
                case 0x36: pc = !ugt32(imms[pc], r[d]) ? off : pc + 1; break;
                case 0x3e: pc = !ugt32(r[s], r[d]) ? off : pc + 1; break;
                case 0x46: pc = ((int) r[d] & (int) imms[pc]) != 0 ? off : pc + 1; break;
                case 0x4e: pc = ((int) r[d] & (int) r[s]) != 0 ? off : pc + 1; break;
                case 0x56: pc = (int) r[d] != (int) imms[pc] ? off : pc + 1; break;
                case 0x5e: pc = (int) r[d] != (int) r[s] ? off : pc + 1; break;
                case 0x66: pc = (int) r[d] > (int) imms[pc] ? off : pc + 1; break;
                case 0x6e: pc = (int) r[d] > (int) r[s] ? off : pc + 1; break;
                case 0x76: pc = (int) r[d] >= (int) imms[pc] ? off : pc + 1; break;
                case 0x7e: pc = (int) r[d] >= (int) r[s] ? off : pc + 1; break;
                case 0xa6: pc = ugt32(imms[pc], r[d]) ? off : pc + 1; break;
                case 0xae: pc = ugt32(r[s], r[d]) ? off : pc + 1; break;
                case 0xb6: pc = !ugt32(r[d], imms[pc]) ? off : pc + 1; break;
                case 0xbe: pc = !ugt32(r[d], r[s]) ? off : pc + 1; break;
                case 0xc6: pc = (int) r[d] < (int) imms[pc] ? off : pc + 1; break;
                case 0xce: pc = (int) r[d] < (int) r[s] ? off : pc + 1; break;
                case 0xd6: pc = (int) r[d] <= (int) imms[pc] ? off : pc + 1; break;
                case 0xde: pc = (int) r[d] <= (int) r[s] ? off : pc + 1; break;
                // ---- loads ----
                case 0x18: r[d] = imms[pc]; pc += 2; break;
                // One case per size, so that the size is a constant after inlining.
                case 0x61: {
                    long v = load(mem, r[s] + off, 4, pc);
                    if (mem.fault != null) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    r[d] = v;
                    pc++;
                    break;
                }
                case 0x69: {
                    long v = load(mem, r[s] + off, 2, pc);
                    if (mem.fault != null) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    r[d] = v;
                    pc++;
                    break;
                }
                case 0x71: {
                    long v = load(mem, r[s] + off, 1, pc);
                    if (mem.fault != null) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    r[d] = v;
                    pc++;
                    break;
                }
                case 0x79: {
                    long v = load(mem, r[s] + off, 8, pc);
                    if (mem.fault != null) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    r[d] = v;
                    pc++;
                    break;
                }
                case 0x81: {
                    long v = load(mem, r[s] + off, 4, pc);
                    if (mem.fault != null) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    r[d] = (int) v;
                    pc++;
                    break;
                }
                case 0x89: {
                    long v = load(mem, r[s] + off, 2, pc);
                    if (mem.fault != null) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    r[d] = (short) v;
                    pc++;
                    break;
                }
                case 0x91: {
                    long v = load(mem, r[s] + off, 1, pc);
                    if (mem.fault != null) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    r[d] = (byte) v;
                    pc++;
                    break;
                }
                // ---- stores ----
                case 0x62:
                    if (!store(mem, r[d] + off, 4, imms[pc], pc)) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    pc++;
                    break;
                case 0x6a:
                    if (!store(mem, r[d] + off, 2, imms[pc], pc)) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    pc++;
                    break;
                case 0x72:
                    if (!store(mem, r[d] + off, 1, imms[pc], pc)) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    pc++;
                    break;
                case 0x7a:
                    if (!store(mem, r[d] + off, 8, imms[pc], pc)) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    pc++;
                    break;
                case 0x63:
                    if (!store(mem, r[d] + off, 4, r[s], pc)) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    pc++;
                    break;
                case 0x6b:
                    if (!store(mem, r[d] + off, 2, r[s], pc)) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    pc++;
                    break;
                case 0x73:
                    if (!store(mem, r[d] + off, 1, r[s], pc)) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    pc++;
                    break;
                case 0x7b:
                    if (!store(mem, r[d] + off, 8, r[s], pc)) {
                        return memFault(r, m, pc, fuel - left);
                    }
                    pc++;
                    break;
                case Op.ATOMIC32:
                case Op.ATOMIC64:
                    store(r, m);
                    if (!AtomicRmw.execute(m, pc, d, s, (h & Op.MASK) == Op.ATOMIC32 ? 4 : 8)) {
                        return ended(m, pc, fuel - left);
                    }
                    load(m, r);
                    pc = m.pc;
                    break;
                // ---- legacy packet loads ----
                case 0x20: case 0x28: case 0x30: case 0x40: case 0x48: case 0x50: {
                    int op = h & Op.MASK;
                    long offset = (op >= 0x40 ? r[s] : 0) + imms[pc];
                    store(r, m);
                    if (!m.packetLoad.load(m, pc, offset, sizeOf(op))) {
                        return ended(m, pc, fuel - left + 1);
                    }
                    load(m, r);
                    pc = m.pc;
                    break;
                }
                // ---- calls, exit, may_goto ----
                case Op.CALL_HELPER:
                case Op.CALLX: {
                    store(r, m);
                    // Count what ran so far, so that callbacks the helper runs see the exact count.
                    m.insnCount += fuel - left;
                    fuel = left;
                    final long before = m.insnCount;
                    if (!m.callHelper(pc, (h & Op.MASK) == Op.CALLX ? r[d] : imms[pc])) {
                        if (m.insnCount != before) {
                            return DONE; // ended inside a callback, which set pc and the count
                        }
                        return ended(m, pc, m.status == RunStatus.EXITED ? 1 : 0);
                    }
                    if (m.insnCount != before) {
                        // Callbacks used budget this loop does not know of: let the caller re-plan.
                        m.pc = pc + 1;
                        m.insnCount++;
                        return FUEL;
                    }
                    load(m, r);
                    pc++;
                    break;
                }
                case Op.CALL_LOCAL:
                    store(r, m);
                    if (!m.enterFrame(pc, off)) {
                        return ended(m, pc, fuel - left);
                    }
                    load(m, r);
                    pc = m.pc;
                    break;
                case 0x95:
                    store(r, m);
                    if (!m.exitFrame()) {
                        return ended(m, pc, fuel - left + 1);
                    }
                    load(m, r);
                    pc = m.pc;
                    break;
                case Op.MAY_GOTO: {
                    int f = m.depth;
                    if (m.mayGoto[f] == 0) {
                        pc = off;
                    } else {
                        m.mayGoto[f]--;
                        pc++;
                    }
                    break;
                }
                case Op.BREAK:
                    store(r, m);
                    m.pc = pc;
                    m.insnCount += fuel - left;
                    return BREAK;
                case Op.FELL_OFF:
                    store(r, m);
                    m.stop(Fault.of(FaultKind.FELL_OFF_END, pc, "execution ran past the last instruction (pc "
                            + (pc - 1) + ") without exit"));
                    return ended(m, pc, fuel - left);
                default:
                    store(r, m);
                    m.stop(Fault.of(FaultKind.INVALID_INSTRUCTION, pc, String.valueOf(m.code.invalid[pc])));
                    return ended(m, pc, fuel - left);
            }
            left--;
        }
        store(r, m);
        m.pc = pc;
        m.insnCount += fuel;
        return FUEL;
    }

    private static void store(long[] r, Machine m) {
        System.arraycopy(r, 0, m.regs, 0, 16);
    }

    private static void load(Machine m, long[] r) {
        System.arraycopy(m.regs, 0, r, 0, 16);
    }

    private static int ended(Machine m, int pc, long executed) {
        m.pc = pc;
        m.insnCount += executed;
        return DONE;
    }

    /** A checked load; on a fault returns 0 with {@code mem.fault} set. */
    private static long load(Memory mem, long a, int size, int pc) {
        long slot = mem.locateLoad(a, size);
        if (slot >= 0) {
            return Memory.get(mem.data[(int) (slot >>> 32)], (int) slot, size);
        }
        return mem.loadSlow(a, size, pc);
    }

    /** A checked store; false with {@code mem.fault} set if it was refused. */
    private static boolean store(Memory mem, long a, int size, long v, int pc) {
        long slot = mem.locateStore(a, size);
        if (slot >= 0 && mem.journal == null) {
            Memory.put(mem.data[(int) (slot >>> 32)], (int) slot, size, v);
            return true;
        }
        if (slot >= 0) {
            mem.putLocated(slot, size, v);
            return true;
        }
        return mem.storeSlow(a, size, v, pc);
    }

    private static int memFault(long[] r, Machine m, int pc, long executed) {
        store(r, m);
        return memoryFault(m, pc, executed);
    }

    private static int memoryFault(Machine m, int pc, long executed) {
        m.stop(m.memory.fault);
        m.memory.clearFault();
        return ended(m, pc, executed);
    }

    /** Access size of a load/store opcode (bits 3-4: W, H, B, DW). */
    private static int sizeOf(int op) {
        switch (op & 0x18) {
            case 0x00:
                return 4;
            case 0x08:
                return 2;
            case 0x10:
                return 1;
            default:
                return 8;
        }
    }

    private static boolean ugt(long a, long b) {
        return (a ^ Long.MIN_VALUE) > (b ^ Long.MIN_VALUE);
    }

    private static boolean ugt32(long a, long b) {
        return ((int) a ^ Integer.MIN_VALUE) > ((int) b ^ Integer.MIN_VALUE);
    }

    private static long div64(long a, long b) {
        return b == 0 ? 0 : Long.divideUnsigned(a, b);
    }

    private static long mod64(long a, long b) {
        return b == 0 ? a : Long.remainderUnsigned(a, b);
    }

    private static long div32(long a, long b) {
        return (int) b == 0 ? 0 : Integer.divideUnsigned((int) a, (int) b) & M32;
    }

    private static long mod32(long a, long b) {
        return (int) b == 0 ? a & M32 : Integer.remainderUnsigned((int) a, (int) b) & M32;
    }

    private static long sdiv32(long a, long b) {
        return (int) b == 0 ? 0 : ((int) a / (int) b) & M32;
    }

    private static long smod32(long a, long b) {
        return (int) b == 0 ? a & M32 : ((int) a % (int) b) & M32;
    }

    private static long sdiv64(long a, long b) {
        return b == 0 ? 0 : a / b;
    }

    private static long smod64(long a, long b) {
        return b == 0 ? a : a % b;
    }
}
