package org.bpfplay.engine.verifier.explore;

import org.bpfplay.engine.verifier.check.LinkedRegs;

/**
 * One step of the current path, newest first: the pc, what precision backtracking needs to know
 * about it (the kernel's jump-history entry) and the step before. Shared between branches
 * (immutable), so a queued branch keeps the path that led to it.
 *
 * @param stackSpi   the stack slot the instruction spilled to or filled a spilled register from
 *                   (the kernel's INSN_F_STACK_ACCESS), -1 otherwise
 * @param stackFrame the frame of that slot
 * @param flags      {@link #SRC_REG_STACK} / {@link #DST_REG_STACK} of a register comparison
 * @param linked     the scalars that shared the compared register's id at a two-way branch, or null
 */
record History(int pc, History prev, int stackSpi, int stackFrame, int flags, LinkedRegs linked) {
    /** The source register of the comparison was a stack pointer (INSN_F_SRC_REG_STACK). */
    static final int SRC_REG_STACK = 1;
    /** The destination register of the comparison was a stack pointer (INSN_F_DST_REG_STACK). */
    static final int DST_REG_STACK = 2;

    History(int pc, History prev, int stackSpi, int stackFrame) {
        this(pc, prev, stackSpi, stackFrame, 0, null);
    }

    History withStack(int spi, int frame) {
        return new History(pc, prev, spi, frame, flags, linked);
    }

    History withFlags(int newFlags) {
        return new History(pc, prev, stackSpi, stackFrame, newFlags, linked);
    }

    History withLinked(LinkedRegs l) {
        return new History(pc, prev, stackSpi, stackFrame, flags, l);
    }
}
