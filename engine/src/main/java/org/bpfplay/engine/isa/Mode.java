package org.bpfplay.engine.isa;

/** Addressing mode of loads and stores: the high three bits of an LD/LDX/ST/STX opcode. */
public enum Mode {
    /** 64-bit immediate load (LD only, with size DW). */
    IMM(0x00),
    /** Legacy packet access at an absolute offset. */
    ABS(0x20),
    /** Legacy packet access at a register plus offset. */
    IND(0x40),
    /** Regular memory access. */
    MEM(0x60),
    /** Sign-extending load (LDX only, v4). */
    MEMSX(0x80),
    /** Atomic operation, chosen by the immediate (STX only). */
    ATOMIC(0xc0);

    public final int code;

    Mode(int code) {
        this.code = code;
    }

    /** The mode of an opcode, or null for 0xa0 and 0xe0, which are unused. */
    public static Mode of(int opcode) {
        int bits = opcode & 0xe0;
        for (Mode m : values()) {
            if (m.code == bits) {
                return m;
            }
        }
        return null;
    }

    public int opcode(InsnClass cls, Size size) {
        return code | size.code | cls.code;
    }
}
