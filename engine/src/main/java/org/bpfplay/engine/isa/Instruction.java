package org.bpfplay.engine.isa;

/**
 * One eBPF instruction as its five raw fields. A 64-bit immediate load (opcode 0x18) is one
 * instruction that occupies two slots; its {@code imm} holds all 64 bits. Any field value the
 * encoding can hold is representable (register numbers up to 15, unknown opcodes), so that a
 * decoder or verifier can report malformed programs as the kernel does; the typed accessors
 * return null where a field means nothing.
 *
 * @param opcode the opcode byte, 0..255
 * @param dst    the dst register field, 0..15
 * @param src    the src register field, 0..15 (a pseudo source for LD_IMM64 and CALL)
 * @param offset the signed 16-bit offset
 * @param imm    the immediate: a signed 32-bit value, or 64 bits for LD_IMM64
 */
public record Instruction(int opcode, int dst, int src, int offset, long imm) {

    /** Opcode of the two-slot 64-bit immediate load. */
    public static final int LD_IMM64 = 0x18;

    public Instruction {
        if (opcode < 0 || opcode > 0xff) {
            throw new IllegalArgumentException("opcode " + opcode + " is not a byte");
        }
        if (dst < 0 || dst > 15 || src < 0 || src > 15) {
            throw new IllegalArgumentException("register field out of 0..15: dst=" + dst + " src=" + src);
        }
        if (offset < Short.MIN_VALUE || offset > Short.MAX_VALUE) {
            throw new IllegalArgumentException("offset " + offset + " does not fit in 16 bits");
        }
        if (opcode != LD_IMM64 && (imm < Integer.MIN_VALUE || imm > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("immediate " + imm + " does not fit in 32 bits");
        }
    }

    // ---- field accessors -------------------------------------------------------------------

    public InsnClass insnClass() {
        return InsnClass.of(opcode);
    }

    /** True for the two-slot LD_IMM64. */
    public boolean isWide() {
        return opcode == LD_IMM64;
    }

    /** Number of 8-byte slots this instruction occupies: 2 for LD_IMM64, else 1. */
    public int width() {
        return isWide() ? 2 : 1;
    }

    /** The immediate as the signed 32-bit field of the first slot. */
    public int imm32() {
        return (int) imm;
    }

    /** The second slot's immediate of an LD_IMM64 (upper 32 bits of the constant). */
    public int nextImm() {
        return (int) (imm >>> 32);
    }

    public Source source() {
        return Source.of(opcode);
    }

    /** The ALU operation, or null if this is not an ALU instruction or the code is unused. */
    public AluOp aluOp() {
        return insnClass().isAlu() ? AluOp.of(opcode) : null;
    }

    /** The jump operation, or null if this is not a jump instruction or the code is unused. */
    public JumpOp jumpOp() {
        return insnClass().isJump() ? JumpOp.of(opcode) : null;
    }

    /** The access size, or null if this is not a load or store. */
    public Size size() {
        return insnClass().isLoadStore() ? Size.of(opcode) : null;
    }

    /** The addressing mode, or null if this is not a load or store or the mode is unused. */
    public Mode mode() {
        return insnClass().isLoadStore() ? Mode.of(opcode) : null;
    }

    /** The atomic operation of a STX|ATOMIC instruction, else null. */
    public AtomicOp atomicOp() {
        return insnClass() == InsnClass.STX && mode() == Mode.ATOMIC ? AtomicOp.of(imm32()) : null;
    }

    /** True if an atomic read-modify-write returns the old value. */
    public boolean isFetch() {
        return atomicOp() != null && (imm32() & AtomicOp.FETCH) != 0;
    }

    public boolean isAlu64() {
        return insnClass() == InsnClass.ALU64;
    }

    public boolean isCall() {
        return opcode == 0x85;
    }

    /** A bpf-to-bpf call (CALL with src 1). */
    public boolean isLocalCall() {
        return isCall() && src == Pseudo.CALL_LOCAL;
    }

    public boolean isExit() {
        return opcode == 0x95;
    }

    /** LD_IMM64 that refers to a map (by fd or index, with or without value offset). */
    public boolean isMapLoad() {
        return isWide() && (src == Pseudo.MAP_FD || src == Pseudo.MAP_VALUE
                || src == Pseudo.MAP_IDX || src == Pseudo.MAP_IDX_VALUE);
    }

    // ---- copies -----------------------------------------------------------------------------

    public Instruction withOffset(int newOffset) {
        return new Instruction(opcode, dst, src, newOffset, imm);
    }

    public Instruction withImm(long newImm) {
        return new Instruction(opcode, dst, src, offset, newImm);
    }

    public Instruction withSrc(int newSrc) {
        return new Instruction(opcode, dst, newSrc, offset, imm);
    }

    /** The instruction in LLVM syntax, as {@code llvm-objdump-19 -d} prints it (e.g. {@code r0 = 0x0}). */
    @Override
    public String toString() {
        return org.bpfplay.engine.disasm.LlvmSyntax.format(this);
    }

    // ---- builders that do not hang off an op enum --------------------------------------------

    /** {@code dst = imm64 ll}. */
    public static Instruction loadImm64(Register dst, long value) {
        return new Instruction(LD_IMM64, dst.number(), 0, 0, value);
    }

    /** {@code dst = map ll}: LD_IMM64 with a pseudo source (see {@link Pseudo}). */
    public static Instruction loadPseudo(Register dst, int pseudoSrc, int imm, int nextImm) {
        return new Instruction(LD_IMM64, dst.number(), pseudoSrc, 0,
                ((long) nextImm << 32) | (imm & 0xffffffffL));
    }

    /** {@code dst = *(size *)(src + off)}. */
    public static Instruction load(Size size, Register dst, Register src, int off) {
        return new Instruction(Mode.MEM.opcode(InsnClass.LDX, size), dst.number(), src.number(), off, 0);
    }

    /** {@code dst = *(sN *)(src + off)}: sign-extending load (v4). */
    public static Instruction loadSigned(Size size, Register dst, Register src, int off) {
        return new Instruction(Mode.MEMSX.opcode(InsnClass.LDX, size), dst.number(), src.number(), off, 0);
    }

    /** {@code *(size *)(dst + off) = src}. */
    public static Instruction store(Size size, Register dst, int off, Register src) {
        return new Instruction(Mode.MEM.opcode(InsnClass.STX, size), dst.number(), src.number(), off, 0);
    }

    /** {@code *(size *)(dst + off) = imm}. */
    public static Instruction storeImm(Size size, Register dst, int off, int imm) {
        return new Instruction(Mode.MEM.opcode(InsnClass.ST, size), dst.number(), 0, off, imm);
    }

    /** An atomic operation on {@code *(size *)(dst + off)} with src. */
    public static Instruction atomic(AtomicOp op, boolean fetch, Size size, Register dst, int off, Register src) {
        return new Instruction(Mode.ATOMIC.opcode(InsnClass.STX, size), dst.number(), src.number(), off, op.imm(fetch));
    }

    /** {@code call id}: helper call by static id. */
    public static Instruction callHelper(int helperId) {
        return new Instruction(0x85, 0, Pseudo.CALL_HELPER, 0, helperId);
    }

    /** {@code call pc+rel}: bpf-to-bpf call; rel counts slots from the next instruction. */
    public static Instruction callLocal(int rel) {
        return new Instruction(0x85, 0, Pseudo.CALL_LOCAL, 0, rel);
    }

    /** {@code goto +off}. */
    public static Instruction ja(int off) {
        return new Instruction(0x05, 0, 0, off, 0);
    }

    /** {@code gotol +imm}: JMP32|JA with a 32-bit offset in imm. */
    public static Instruction gotol(int imm) {
        return new Instruction(0x06, 0, 0, 0, imm);
    }

    public static Instruction exit() {
        return new Instruction(0x95, 0, 0, 0, 0);
    }
}
