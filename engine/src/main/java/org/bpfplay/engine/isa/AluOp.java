package org.bpfplay.engine.isa;

/**
 * ALU operations: the high four bits of an ALU or ALU64 opcode. {@code llvmOperator} is the
 * compound-assignment operator of LLVM and kernel syntax; signed division and modulo (offset 1)
 * print as {@code s/=} and {@code s%=}.
 */
public enum AluOp {
    ADD(0x00, "+="), SUB(0x10, "-="), MUL(0x20, "*="), DIV(0x30, "/="),
    OR(0x40, "|="), AND(0x50, "&="), LSH(0x60, "<<="), RSH(0x70, ">>="),
    NEG(0x80, "= -"), MOD(0x90, "%="), XOR(0xa0, "^="), MOV(0xb0, "="),
    ARSH(0xc0, "s>>="), END(0xd0, null);

    private static final AluOp[] BY_CODE = new AluOp[16];

    static {
        for (AluOp op : values()) {
            BY_CODE[op.code >> 4] = op;
        }
    }

    /** The four operation bits, in place (0x00..0xd0). */
    public final int code;
    /** The assignment operator in LLVM/kernel syntax, null for END. */
    public final String operator;

    AluOp(int code, String operator) {
        this.code = code;
        this.operator = operator;
    }

    /** The operation of an ALU opcode, or null for 0xe0 and 0xf0, which name no operation. */
    public static AluOp of(int opcode) {
        return BY_CODE[(opcode >> 4) & 0x0f];
    }

    public int opcode(InsnClass cls, Source src) {
        return code | src.code | cls.code;
    }

    /** {@code dst op= imm}, 64-bit. */
    public Instruction imm(Register dst, int imm) {
        return new Instruction(opcode(InsnClass.ALU64, Source.K), dst.number(), 0, 0, imm);
    }

    /** {@code dst op= src}, 64-bit. */
    public Instruction reg(Register dst, Register src) {
        return new Instruction(opcode(InsnClass.ALU64, Source.X), dst.number(), src.number(), 0, 0);
    }

    /** {@code wDst op= imm}, 32-bit. */
    public Instruction imm32(Register dst, int imm) {
        return new Instruction(opcode(InsnClass.ALU, Source.K), dst.number(), 0, 0, imm);
    }

    /** {@code wDst op= wSrc}, 32-bit. */
    public Instruction reg32(Register dst, Register src) {
        return new Instruction(opcode(InsnClass.ALU, Source.X), dst.number(), src.number(), 0, 0);
    }
}
