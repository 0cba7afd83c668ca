package org.bpfplay.engine.isa;

/** The instruction class: the low three bits of every opcode. */
public enum InsnClass {
    LD(0x00), LDX(0x01), ST(0x02), STX(0x03), ALU(0x04), JMP(0x05), JMP32(0x06), ALU64(0x07);

    private static final InsnClass[] BY_CODE = values();

    /** The three class bits. */
    public final int code;

    InsnClass(int code) {
        this.code = code;
    }

    /** The class of an opcode byte; every byte has one. */
    public static InsnClass of(int opcode) {
        return BY_CODE[opcode & 0x07];
    }

    public boolean isAlu() {
        return this == ALU || this == ALU64;
    }

    public boolean isJump() {
        return this == JMP || this == JMP32;
    }

    public boolean isLoadStore() {
        return code <= 0x03;
    }
}
