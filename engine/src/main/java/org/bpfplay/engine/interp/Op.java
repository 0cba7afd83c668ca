package org.bpfplay.engine.interp;

/**
 * Internal operation codes of pre-decoded programs ({@link Code}). Plain instructions keep their
 * opcode byte (0x00..0xff); variants that the byte alone does not determine (signed division,
 * movsx, byte swaps, atomics, calls) get codes from 0x100 up, so that the interpreter dispatches
 * with one switch and never re-examines offset or immediate fields.
 */
final class Op {
    private Op() {
    }

    /** Bits of the head word that hold the op; dst is at bit 12, src at bit 16. */
    static final int MASK = 0x1ff;

    static final int INVALID = 0x100;
    static final int FELL_OFF = 0x101;
    static final int BREAK = 0x102;

    static final int SDIV32_K = 0x110;
    static final int SDIV32_X = 0x111;
    static final int SMOD32_K = 0x112;
    static final int SMOD32_X = 0x113;
    static final int SDIV64_K = 0x114;
    static final int SDIV64_X = 0x115;
    static final int SMOD64_K = 0x116;
    static final int SMOD64_X = 0x117;

    static final int MOVSX32_8 = 0x120;
    static final int MOVSX32_16 = 0x121;
    static final int MOVSX64_8 = 0x122;
    static final int MOVSX64_16 = 0x123;
    static final int MOVSX64_32 = 0x124;

    static final int LE16 = 0x130;
    static final int LE32 = 0x131;
    static final int LE64 = 0x132;
    static final int SWAP16 = 0x133;
    static final int SWAP32 = 0x134;
    static final int SWAP64 = 0x135;

    static final int CALL_HELPER = 0x140;
    static final int CALL_LOCAL = 0x141;
    static final int CALLX = 0x142;
    static final int MAY_GOTO = 0x143;

    /** Atomic read-modify-write; the AtomicOp immediate stays in the imm array. */
    static final int ATOMIC32 = 0x150;
    static final int ATOMIC64 = 0x151;
}
