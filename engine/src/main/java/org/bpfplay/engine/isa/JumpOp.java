package org.bpfplay.engine.isa;

/**
 * Jump operations: the high four bits of a JMP or JMP32 opcode. {@code operator} is the
 * comparison of LLVM and kernel syntax ({@code if r1 s> r2 goto ...}); JA, CALL, EXIT and JCOND
 * (may_goto) have none.
 */
public enum JumpOp {
    JA(0x00, null), JEQ(0x10, "=="), JGT(0x20, ">"), JGE(0x30, ">="), JSET(0x40, "&"),
    JNE(0x50, "!="), JSGT(0x60, "s>"), JSGE(0x70, "s>="), CALL(0x80, null), EXIT(0x90, null),
    JLT(0xa0, "<"), JLE(0xb0, "<="), JSLT(0xc0, "s<"), JSLE(0xd0, "s<="), JCOND(0xe0, null);

    private static final JumpOp[] BY_CODE = new JumpOp[16];

    static {
        for (JumpOp op : values()) {
            BY_CODE[op.code >> 4] = op;
        }
    }

    public final int code;
    /** The comparison operator, null for the unconditional operations. */
    public final String operator;

    JumpOp(int code, String operator) {
        this.code = code;
        this.operator = operator;
    }

    /** The operation of a jump opcode, or null for 0xf0. */
    public static JumpOp of(int opcode) {
        return BY_CODE[(opcode >> 4) & 0x0f];
    }

    /** True for the eleven comparisons. */
    public boolean isConditional() {
        return operator != null;
    }

    public int opcode(InsnClass cls, Source src) {
        return code | src.code | cls.code;
    }

    /** {@code if dst op imm goto +off}, 64-bit compare. */
    public Instruction imm(Register dst, int imm, int off) {
        return new Instruction(opcode(InsnClass.JMP, Source.K), dst.number(), 0, off, imm);
    }

    /** {@code if dst op src goto +off}, 64-bit compare. */
    public Instruction reg(Register dst, Register src, int off) {
        return new Instruction(opcode(InsnClass.JMP, Source.X), dst.number(), src.number(), off, 0);
    }

    /** {@code if wDst op imm goto +off}, 32-bit compare. */
    public Instruction imm32(Register dst, int imm, int off) {
        return new Instruction(opcode(InsnClass.JMP32, Source.K), dst.number(), 0, off, imm);
    }

    /** {@code if wDst op wSrc goto +off}, 32-bit compare. */
    public Instruction reg32(Register dst, Register src, int off) {
        return new Instruction(opcode(InsnClass.JMP32, Source.X), dst.number(), src.number(), off, 0);
    }
}
