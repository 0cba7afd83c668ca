/*
 * Instruction text as the kernel verifier log prints it (kernel/bpf/disasm.c print_bpf_insn):
 * "(%02x) " + the instruction in kernel syntax. Immediates of ALU ops print in decimal, those of
 * conditional jumps as %x of the 32-bit pattern, memory offsets as %+d after a space.
 */
package org.bpfplay.engine.verifier.log;

import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.isa.Size;
import org.bpfplay.engine.isa.Source;

/** Kernel-syntax disassembly of one instruction. */
public final class KernelDisasm {
    private KernelDisasm() {
    }

    /** The text after {@code "N: "}, e.g. {@code (b7) r0 = 0}. */
    public static String print(Instruction in) {
        return String.format("(%02x) ", in.opcode()) + body(in);
    }

    /**
     * The same, for a verifier that may not leak pointers (no CAP_PERFMON): the kernel's disasm then
     * prints a map's or map value's address as 0x0.
     */
    public static String print(Instruction in, boolean allowPtrLeaks) {
        if (!allowPtrLeaks && in.isWide() && (in.src() == Pseudo.MAP_FD || in.src() == Pseudo.MAP_VALUE)) {
            return String.format("(%02x) r%d = 0x0", in.opcode(), in.dst());
        }
        return print(in);
    }

    private static String body(Instruction in) {
        InsnClass cls = in.insnClass();
        switch (cls) {
            case ALU:
            case ALU64:
                return alu(in);
            case STX:
                return stx(in);
            case ST:
                if (in.mode() == Mode.MEM) {
                    return String.format("*(%s *)(r%d %s) = %d", in.size().unsignedType, in.dst(), off(in.offset()), in.imm32());
                }
                return String.format("BUG_st_%02x", in.opcode());
            case LDX:
                if (in.mode() == Mode.MEM || in.mode() == Mode.MEMSX) {
                    String t = in.mode() == Mode.MEMSX ? in.size().signedType : in.size().unsignedType;
                    return String.format("r%d = *(%s *)(r%d %s)", in.dst(), t, in.src(), off(in.offset()));
                }
                return String.format("BUG_ldx_%02x", in.opcode());
            case LD:
                return ld(in);
            default:
                return jmp(in);
        }
    }

    private static String off(int o) {
        return o >= 0 ? "+" + o : Integer.toString(o);
    }

    private static String alu(Instruction in) {
        char r = in.isAlu64() ? 'r' : 'w';
        AluOp op = in.aluOp();
        if (op == null) {
            return String.format("BUG_alu_%02x", in.opcode());
        }
        if (op == AluOp.END) {
            if (in.isAlu64()) {
                return String.format("r%d = bswap%d r%d", in.dst(), in.imm32(), in.dst());
            }
            return String.format("r%d = %s%d r%d", in.dst(), in.source() == Source.X ? "be" : "le", in.imm32(), in.dst());
        }
        if (op == AluOp.NEG) {
            return String.format("%c%d = -%c%d", r, in.dst(), r, in.dst());
        }
        String opStr = op.operator;
        if ((op == AluOp.DIV || op == AluOp.MOD) && in.offset() == 1) {
            opStr = op == AluOp.DIV ? "s/=" : "s%=";
        }
        if (in.source() == Source.X) {
            if (op == AluOp.MOV && in.isAlu64() && in.offset() == 1) {
                return String.format("r%d = addr_space_cast(r%d, %d, %d)", in.dst(), in.src(), in.imm32() >> 16,
                        in.imm32() & 0xffff);
            }
            if (op == AluOp.MOV && in.offset() != 0) {
                return String.format("%c%d = (s%d)%c%d", r, in.dst(), in.offset(), r, in.src());
            }
            return String.format("%c%d %s %c%d", r, in.dst(), opStr, r, in.src());
        }
        return String.format("%c%d %s %d", r, in.dst(), opStr, in.imm32());
    }

    private static String stx(Instruction in) {
        Size sz = in.size();
        if (in.mode() == Mode.MEM) {
            return String.format("*(%s *)(r%d %s) = r%d", sz.unsignedType, in.dst(), off(in.offset()), in.src());
        }
        if (in.mode() == Mode.ATOMIC && (sz == Size.W || sz == Size.DW)) {
            AtomicOp op = in.atomicOp();
            String w = sz == Size.DW ? "64" : "";
            String mem = String.format("(%s *)(r%d %s)", sz.unsignedType, in.dst(), off(in.offset()));
            if (op != null && op.isArithmetic()) {
                if (!in.isFetch()) {
                    return String.format("lock *%s %s r%d", mem, op.operator, in.src());
                }
                return String.format("r%d = atomic%s_fetch_%s(%s, r%d)", in.src(), w, op.name, mem, in.src());
            }
            if (op == AtomicOp.CMPXCHG) {
                return String.format("r0 = atomic%s_cmpxchg(%s, r0, r%d)", w, mem, in.src());
            }
            if (op == AtomicOp.XCHG) {
                return String.format("r%d = atomic%s_xchg(%s, r%d)", in.src(), w, mem, in.src());
            }
        }
        return String.format("BUG_%02x", in.opcode());
    }

    /** Where the fake kernel addresses of maps start (one 64 KiB step per map). */
    public static final long FAKE_MAP_BASE = 0xffff888100000000L;

    /**
     * The kernel prints the map's (or map value's) kernel address, different on every load; the
     * corpus recordings replace it by this stable fake of the same width (see
     * scripts/record-verifier-corpus.sh): map K at FAKE_MAP_BASE + K * 0x10000, its first value
     * at + 0x1000 + offset.
     */
    public static long fakeMapAddress(Instruction in) {
        long k = in.imm() & 0xffffffffL;
        long base = FAKE_MAP_BASE + (k & 0xffff) * 0x10000L;
        return in.src() == Pseudo.MAP_VALUE ? base + 0x1000 + (in.imm() >>> 32) : base;
    }

    private static String ld(Instruction in) {
        if (in.isWide()) {
            if (in.src() == Pseudo.MAP_FD || in.src() == Pseudo.MAP_VALUE) {
                return String.format("r%d = 0x%x", in.dst(), fakeMapAddress(in));
            }
            return String.format("r%d = 0x%x", in.dst(), in.imm());
        }
        if (in.mode() == Mode.ABS) {
            return String.format("r0 = *(%s *)skb[%d]", in.size().unsignedType, in.imm32());
        }
        if (in.mode() == Mode.IND) {
            return String.format("r0 = *(%s *)skb[r%d + %d]", in.size().unsignedType, in.src(), in.imm32());
        }
        return String.format("BUG_ld_%02x", in.opcode());
    }

    private static String jmp(Instruction in) {
        JumpOp op = in.jumpOp();
        char r = in.insnClass() == InsnClass.JMP32 ? 'w' : 'r';
        if (op == null) {
            return String.format("BUG_jmp_%02x", in.opcode());
        }
        switch (op) {
            case CALL:
                if (in.src() == Pseudo.CALL_LOCAL) {
                    return "call pc" + off(in.imm32());
                }
                HelperId h = HelperId.byId(in.imm32());
                return h != null ? "call " + h.kernelName() + "#" + in.imm32()
                        : in.imm32() == 0 ? "call bpf_unspec#0" : "call unknown#" + in.imm32();
            case EXIT:
                return "exit";
            case JA:
                if (in.insnClass() == InsnClass.JMP32) {
                    return "gotol pc" + off(in.imm32());
                }
                return "goto pc" + off(in.offset());
            case JCOND:
                return "may_goto pc" + off(in.offset());
            default:
                if (in.source() == Source.X) {
                    return String.format("if %c%d %s %c%d goto pc%s", r, in.dst(), op.operator, r, in.src(), off(in.offset()));
                }
                return String.format("if %c%d %s 0x%x goto pc%s", r, in.dst(), op.operator, in.imm32(), off(in.offset()));
        }
    }
}
