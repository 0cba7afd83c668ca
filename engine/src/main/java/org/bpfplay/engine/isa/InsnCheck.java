package org.bpfplay.engine.isa;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Static checks of instruction fields and of a program's shape, before any verification: what
 * Linux rejects while loading without looking at register states. Messages use the kernel's
 * wording ({@code kernel/bpf/verifier.c}, 6.12 source, checked against 6.18 where observed).
 *
 * <p>Per instruction: the opcode must be one Linux accepts ({@code unknown opcode %02x}), reserved
 * fields must be zero ({@code BPF_ALU uses reserved fields} and its siblings), register fields
 * that name registers must be r0..r10 ({@code R%d is invalid}), END widths, atomic operations
 * and ld_imm64 pseudo sources must be known.
 *
 * <p>Per program: every jump and call lands inside the program and its subprogram
 * ({@code jump out of range from insn %d to %d}, {@code call to invalid destination}), not on the
 * second slot of an ld_imm64 ({@code jump into the middle of ldimm64 insn %d}), and every
 * subprogram ends in exit or an unconditional jump ({@code last insn is not an exit or jmp}).
 * Checks never throw: problems come back as data.
 */
public final class InsnCheck {
    /**
     * A problem found in a program.
     *
     * @param pc      the pc (slot index) of the instruction at fault
     * @param message the kernel's message
     */
    public record Problem(int pc, String message) {
        @Override
        public String toString() {
            return "insn " + pc + ": " + message;
        }
    }

    private InsnCheck() {
    }

    /** The problems of one instruction's fields, located at {@code pc}. */
    public static List<Problem> check(Instruction insn, int pc) {
        List<Problem> out = new ArrayList<>();
        String fields = fieldProblem(insn);
        if (fields != null) {
            out.add(new Problem(pc, fields));
        }
        return out;
    }

    /** The problems of every instruction, then those of the program's shape. */
    public static List<Problem> check(Program program) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < program.instructions().size(); i++) {
            out.addAll(check(program.instructions().get(i), program.pcOf(i)));
        }
        out.addAll(checkShape(program));
        return out;
    }

    // ---- one instruction ----------------------------------------------------------------------

    /** The first problem of an instruction (the kernel stops at the first), or null. */
    private static String fieldProblem(Instruction insn) {
        // The kernel vets LDX modes in the same pass, before it looks the opcode up in its table.
        if (insn.insnClass() == InsnClass.LDX && !ldxModeOk(insn)) {
            return "BPF_LDX uses reserved fields";
        }
        if (!isKnownOpcode(insn.opcode())) {
            return String.format("unknown opcode %02x", insn.opcode());
        }
        switch (insn.insnClass()) {
            case ALU:
            case ALU64:
                return alu(insn);
            case JMP:
            case JMP32:
                return jump(insn);
            case LD:
                return ld(insn);
            case LDX:
                return regs(insn, true, true);
            case ST:
                return insn.src() != 0 ? "BPF_ST uses reserved fields" : regs(insn, true, false);
            default:
                return stx(insn);
        }
    }

    private static boolean ldxModeOk(Instruction insn) {
        return (insn.mode() == Mode.MEM || insn.mode() == Mode.MEMSX) && insn.imm() == 0;
    }

    /** The opcodes Linux 6.18 accepts in a program (its public instruction table). */
    static boolean isKnownOpcode(int opcode) {
        InsnClass cls = InsnClass.of(opcode);
        switch (cls) {
            case ALU:
            case ALU64: {
                AluOp op = AluOp.of(opcode);
                if (op == null) {
                    return false;
                }
                boolean x = Source.of(opcode) == Source.X;
                if (op == AluOp.NEG) {
                    return !x;
                }
                if (op == AluOp.END) {
                    return cls == InsnClass.ALU || !x;
                }
                return true;
            }
            case JMP:
            case JMP32: {
                JumpOp op = JumpOp.of(opcode);
                if (op == null) {
                    return false;
                }
                if (op.isConditional()) {
                    return true;
                }
                boolean k = Source.of(opcode) == Source.K;
                if (op == JumpOp.JA) {
                    return k;
                }
                return cls == InsnClass.JMP && k; // CALL, EXIT, JCOND (may_goto): 64-bit class, K only
            }
            case LD: {
                Mode mode = Mode.of(opcode);
                Size size = Size.of(opcode);
                if (mode == Mode.IMM) {
                    return size == Size.DW;
                }
                return (mode == Mode.ABS || mode == Mode.IND) && size != Size.DW;
            }
            case LDX: {
                Mode mode = Mode.of(opcode);
                return mode == Mode.MEM || (mode == Mode.MEMSX && Size.of(opcode) != Size.DW);
            }
            case ST:
                return Mode.of(opcode) == Mode.MEM;
            default: {
                Mode mode = Mode.of(opcode);
                return mode == Mode.MEM || mode == Mode.ATOMIC;
            }
        }
    }

    private static String alu(Instruction insn) {
        AluOp op = insn.aluOp();
        boolean x = insn.source() == Source.X;
        int off = insn.offset();
        int imm = insn.imm32();
        if (op == AluOp.NEG) {
            return insn.src() != 0 || off != 0 || imm != 0 ? "BPF_NEG uses reserved fields" : regs(insn, true, false);
        }
        if (op == AluOp.END) {
            return insn.src() != 0 || off != 0 || (imm != 16 && imm != 32 && imm != 64)
                    ? "BPF_END uses reserved fields" : regs(insn, true, false);
        }
        if (op == AluOp.MOV) {
            if (!x) {
                return insn.src() != 0 || off != 0 ? "BPF_MOV uses reserved fields" : regs(insn, true, false);
            }
            if (insn.isAlu64() && off == 1) {
                if (imm != 1 && imm != 1 << 16) {
                    return "addr_space_cast insn can only convert between address space 1 and 0";
                }
                return regs(insn, true, true);
            }
            boolean offOk = off == 0 || off == 8 || off == 16 || (insn.isAlu64() && off == 32);
            return !offOk || imm != 0 ? "BPF_MOV uses reserved fields" : regs(insn, true, true);
        }
        boolean divMod = op == AluOp.DIV || op == AluOp.MOD;
        boolean offBad = (off != 0 && off != 1) || (off == 1 && !divMod);
        if (x ? imm != 0 || offBad : insn.src() != 0 || offBad) {
            return "BPF_ALU uses reserved fields";
        }
        return regs(insn, true, x);
    }

    private static String jump(Instruction insn) {
        JumpOp op = insn.jumpOp();
        boolean jmp32 = insn.insnClass() == InsnClass.JMP32;
        int src = insn.src();
        int dst = insn.dst();
        switch (op) {
            case CALL:
                if ((src != Pseudo.CALL_KFUNC && insn.offset() != 0)
                        || (src != Pseudo.CALL_HELPER && src != Pseudo.CALL_LOCAL && src != Pseudo.CALL_KFUNC)
                        || dst != 0) {
                    return "BPF_CALL uses reserved fields";
                }
                return null;
            case JA:
                if (src != 0 || dst != 0 || (!jmp32 && insn.imm() != 0) || (jmp32 && insn.offset() != 0)) {
                    return "BPF_JA uses reserved fields";
                }
                return null;
            case EXIT:
                return insn.imm() != 0 || src != 0 || dst != 0 ? "BPF_EXIT uses reserved fields" : null;
            case JCOND:
                // 6.18 accepts off 0 and words this without the offset (6.12: "invalid may_goto off %d imm %d")
                if (src != Pseudo.MAY_GOTO || dst != 0 || insn.imm() != 0) {
                    return "invalid may_goto imm " + insn.imm32();
                }
                return null;
            default:
                boolean x = insn.source() == Source.X;
                if (x ? insn.imm() != 0 : src != 0) {
                    return "BPF_JMP/JMP32 uses reserved fields";
                }
                return regs(insn, true, x);
        }
    }

    private static String ld(Instruction insn) {
        if (insn.isWide()) {
            if (insn.offset() != 0) {
                return "BPF_LD_IMM64 uses reserved fields";
            }
            int src = insn.src();
            boolean known = src == 0 || src == Pseudo.BTF_ID || src == Pseudo.FUNC
                    || src == Pseudo.MAP_VALUE || src == Pseudo.MAP_IDX_VALUE
                    || ((src == Pseudo.MAP_FD || src == Pseudo.MAP_IDX) && insn.nextImm() == 0);
            return known ? regs(insn, true, false) : "unrecognized bpf_ld_imm64 insn";
        }
        if (insn.dst() != 0 || insn.offset() != 0 || (insn.mode() == Mode.ABS && insn.src() != 0)) {
            return "BPF_LD_[ABS|IND] uses reserved fields";
        }
        return regs(insn, false, insn.mode() == Mode.IND);
    }

    private static String stx(Instruction insn) {
        if (insn.mode() == Mode.MEM) {
            return insn.imm() != 0 ? "BPF_STX uses reserved fields" : regs(insn, true, true);
        }
        AtomicOp op = insn.atomicOp();
        int imm = insn.imm32();
        boolean exact = op != null && (op.imm(false) == imm || op.imm(true) == imm);
        if (!exact) {
            return String.format("BPF_ATOMIC uses invalid atomic opcode %02x", imm);
        }
        boolean ordered = op == AtomicOp.LOAD_ACQUIRE || op == AtomicOp.STORE_RELEASE;
        if (!ordered && insn.size() != Size.W && insn.size() != Size.DW) {
            return "invalid atomic operand size";
        }
        return regs(insn, true, true);
    }

    /** Register fields in use must name r0..r10; the kernel checks src first. */
    private static String regs(Instruction insn, boolean dstUsed, boolean srcUsed) {
        if (srcUsed && !Register.isValid(insn.src())) {
            return "R" + insn.src() + " is invalid";
        }
        if (dstUsed && !Register.isValid(insn.dst())) {
            return "R" + insn.dst() + " is invalid";
        }
        return null;
    }

    // ---- the program's shape ------------------------------------------------------------------

    private static List<Problem> checkShape(Program program) {
        List<Problem> out = new ArrayList<>();
        int slots = program.slotCount();
        if (slots == 0) {
            out.add(new Problem(0, "program is empty"));
            return out;
        }
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (int i = 0; i < program.instructions().size(); i++) {
            Instruction insn = program.instructions().get(i);
            int pc = program.pcOf(i);
            boolean localCall = insn.isLocalCall() && insn.insnClass() == InsnClass.JMP;
            boolean funcRef = insn.isWide() && insn.src() == Pseudo.FUNC;
            if (localCall || funcRef) {
                long target = (long) pc + insn.imm32() + 1;
                if (target < 0 || target >= slots) {
                    out.add(new Problem(pc, "call to invalid destination"));
                } else {
                    starts.add((int) target);
                }
            }
        }
        for (int i = 0; i < program.instructions().size(); i++) {
            Instruction insn = program.instructions().get(i);
            int pc = program.pcOf(i);
            int start = starts.floor(pc);
            Integer next = starts.higher(pc);
            int end = next == null ? slots : next;
            if (insn.insnClass().isJump() && insn.jumpOp() != null
                    && insn.jumpOp() != JumpOp.CALL && insn.jumpOp() != JumpOp.EXIT) {
                long target = (long) pc + (insn.opcode() == 0x06 ? insn.imm32() : insn.offset()) + 1;
                if (target < start || target >= end) {
                    out.add(new Problem(pc, "jump out of range from insn " + pc + " to " + target));
                } else if (program.indexAt((int) target) < 0) {
                    out.add(new Problem(pc, "jump into the middle of ldimm64 insn " + (target - 1)));
                }
            }
            if (pc + insn.width() == end && insn.opcode() != 0x95 && insn.opcode() != 0x05 && insn.opcode() != 0x06) {
                out.add(new Problem(pc, "last insn is not an exit or jmp"));
            }
        }
        return out;
    }
}
