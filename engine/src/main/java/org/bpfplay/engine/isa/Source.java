package org.bpfplay.engine.isa;

/** Operand source of ALU and jump instructions: bit 3 of the opcode. */
public enum Source {
    /** The 32-bit immediate. */
    K(0x00),
    /** The src register. */
    X(0x08);

    public final int code;

    Source(int code) {
        this.code = code;
    }

    public static Source of(int opcode) {
        return (opcode & 0x08) == 0 ? K : X;
    }
}
