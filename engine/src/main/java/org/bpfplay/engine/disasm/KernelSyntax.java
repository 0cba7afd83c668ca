package org.bpfplay.engine.disasm;

import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.isa.Size;
import org.bpfplay.engine.isa.Source;

/**
 * One instruction as the Linux verifier log prints it ({@code print_bpf_insn} in
 * {@code kernel/bpf/disasm.c}, checked against the running 6.18 kernel): {@code (b7) r0 = 0},
 * {@code if w1 > 0x5 goto pc+1}, {@code r0 = atomic64_fetch_add((u64 *)(r10 -8), r0)}.
 *
 * Kernel habits kept on purpose: ALU immediates in decimal, jump immediates in hex of the s32
 * ({@code -1} prints {@code 0xffffffff}), a space before a signed memory offset ({@code (r10 -8)}),
 * invalid encodings as {@code BUG_xx} without the opcode prefix, and {@code (null)} where the kernel
 * would print a missing table entry.
 *
 * The kernel prints the address it resolved for a map reference in ld_imm64. An address is not
 * reproducible, so this class prints a fixed fake one instead (see {@link #fakeAddress}).
 */
public final class KernelSyntax {
    /** Fake kernel address of map 0; map k lives {@link #FAKE_MAP_STRIDE} * k further on. */
    public static final long FAKE_MAP_BASE = 0xffff888100100000L;
    /** Distance between the fake addresses of two consecutive maps. */
    public static final long FAKE_MAP_STRIDE = 0x1000L;
    /** Offset of a map's first value from its fake map address (for map value references). */
    public static final long FAKE_VALUE_OFFSET = 0x400L;

    private KernelSyntax() {
    }

    /**
     * The value the verifier log shows for an ld_imm64: the constant itself, or for a map
     * reference (src 1, 2, 5, 6; imm = the map's index) a fake address: map k is at
     * {@code FAKE_MAP_BASE + k * FAKE_MAP_STRIDE}, its value at {@code + FAKE_VALUE_OFFSET}, plus
     * the second imm for the value forms. Other pseudo sources (BTF id, function) show the raw
     * 64-bit immediate, as the kernel does for a function (the relative offset).
     */
    public static long fakeAddress(Instruction insn) {
        long map = FAKE_MAP_BASE + (insn.imm32() & 0xffffffffL) * FAKE_MAP_STRIDE;
        switch (insn.src()) {
            case Pseudo.MAP_FD:
            case Pseudo.MAP_IDX:
                return map;
            case Pseudo.MAP_VALUE:
            case Pseudo.MAP_IDX_VALUE:
                return map + FAKE_VALUE_OFFSET + (insn.nextImm() & 0xffffffffL);
            default:
                return insn.imm();
        }
    }

    /** The instruction text after {@code "pc: "} in a verifier log line. */
    public static String format(Instruction insn) {
        InsnClass cls = insn.insnClass();
        switch (cls) {
            case ALU:
            case ALU64:
                return prefix(insn) + alu(insn);
            case STX:
                return stx(insn);
            case ST:
                if (insn.mode() == Mode.MEM) {
                    return prefix(insn) + "*(" + uType(insn) + " *)(r" + insn.dst() + " " + signed(insn.offset())
                            + ") = " + insn.imm32();
                }
                // 0xc0 is the kernel-internal speculation barrier (BPF_NOSPEC).
                return (insn.opcode() & 0xe0) == 0xc0 ? prefix(insn) + "nospec" : "BUG_st_" + hex2(insn.opcode());
            case LDX:
                if (insn.mode() == Mode.MEM || insn.mode() == Mode.MEMSX) {
                    String type = insn.mode() == Mode.MEM ? uType(insn) : sType(insn);
                    return prefix(insn) + "r" + insn.dst() + " = *(" + type + " *)(r" + insn.src() + " "
                            + signed(insn.offset()) + ")";
                }
                return "BUG_ldx_" + hex2(insn.opcode());
            case LD:
                return ld(insn);
            default:
                return prefix(insn) + jump(insn);
        }
    }

    private static String prefix(Instruction insn) {
        return "(" + hex2(insn.opcode()) + ") ";
    }

    /** printf's {@code %02x} of a byte. */
    private static String hex2(int b) {
        return Character.forDigit(b >> 4 & 0xf, 16) + "" + Character.forDigit(b & 0xf, 16);
    }

    private static String alu(Instruction insn) {
        char r = insn.isAlu64() ? 'r' : 'w';
        int op = insn.opcode() & 0xf0;
        int dst = insn.dst();
        if (op == AluOp.END.code) {
            if (insn.isAlu64()) {
                return "r" + dst + " = bswap" + insn.imm32() + " r" + dst;
            }
            return "r" + dst + " = " + (insn.source() == Source.X ? "be" : "le") + insn.imm32() + " r" + dst;
        }
        if (op == AluOp.NEG.code) {
            return "" + r + dst + " = -" + r + dst;
        }
        if (insn.opcode() == 0xbf && insn.offset() == 1) {
            // arena pointer cast: imm holds the destination and source address spaces
            return "r" + dst + " = addr_space_cast(r" + insn.src() + ", " + (insn.imm32() >>> 16) + ", "
                    + (insn.imm32() & 0xffff) + ")";
        }
        if (insn.opcode() == 0xbf && insn.offset() == -1) {
            return "r" + dst + " = &(void __percpu *)(r" + insn.src() + ")";
        }
        boolean signedDivMod = (op == AluOp.DIV.code || op == AluOp.MOD.code) && insn.offset() == 1;
        String operator = signedDivMod ? (op == AluOp.DIV.code ? "s/=" : "s%=") : aluOperator(op);
        if (insn.source() == Source.X) {
            return "" + r + dst + " " + operator + " " + movsxCast(insn) + r + insn.src();
        }
        return "" + r + dst + " " + operator + " " + insn.imm32();
    }

    /** The kernel's operator table: NEG and END have words there, 0xe0/0xf0 have nothing. */
    private static String aluOperator(int op) {
        if (op == AluOp.NEG.code) {
            return "neg";
        }
        if (op == AluOp.END.code) {
            return "endian";
        }
        AluOp aluOp = AluOp.of(op);
        return aluOp == null ? "(null)" : aluOp.operator;
    }

    private static String movsxCast(Instruction insn) {
        if ((insn.opcode() & 0xf0) != AluOp.MOV.code) {
            return "";
        }
        switch (insn.offset()) {
            case 8:
                return "(s8)";
            case 16:
                return "(s16)";
            case 32:
                return "(s32)";
            default:
                return "";
        }
    }

    private static String stx(Instruction insn) {
        Mode mode = insn.mode();
        String mem = "(" + uType(insn) + " *)(r" + insn.dst() + " " + signed(insn.offset()) + ")";
        if (mode == Mode.MEM) {
            return prefix(insn) + "*" + mem + " = r" + insn.src();
        }
        if (mode != Mode.ATOMIC) {
            return "BUG_" + hex2(insn.opcode());
        }
        String bits = insn.size() == Size.DW ? "64" : "";
        int imm = insn.imm32();
        switch (imm) {
            case 0x00:
            case 0x40:
            case 0x50:
            case 0xa0:
                return prefix(insn) + "lock *" + mem + " " + AluOp.of(imm).operator + " r" + insn.src();
            case 0x01:
            case 0x41:
            case 0x51:
            case 0xa1:
                return prefix(insn) + "r" + insn.src() + " = atomic" + bits + "_fetch_" + atomicName(imm) + "(" + mem
                        + ", r" + insn.src() + ")";
            case 0xf1:
                return prefix(insn) + "r0 = atomic" + bits + "_cmpxchg(" + mem + ", r0, r" + insn.src() + ")";
            case 0xe1:
                return prefix(insn) + "r" + insn.src() + " = atomic" + bits + "_xchg(" + mem + ", r" + insn.src() + ")";
            case 0x100:
                // load-acquire reads (src + off) into dst (Linux 6.15+)
                return prefix(insn) + "r" + insn.dst() + " = load_acquire((" + uType(insn) + " *)(r" + insn.src() + " "
                        + signed(insn.offset()) + "))";
            case 0x110:
                return prefix(insn) + "store_release(" + mem + ", r" + insn.src() + ")";
            default:
                return "BUG_" + hex2(insn.opcode());
        }
    }

    private static String atomicName(int imm) {
        switch (imm & 0xf0) {
            case 0x00:
                return "add";
            case 0x40:
                return "or";
            case 0x50:
                return "and";
            default:
                return "xor";
        }
    }

    private static String ld(Instruction insn) {
        Mode mode = insn.mode();
        if (mode == Mode.ABS) {
            return prefix(insn) + "r0 = *(" + uType(insn) + " *)skb[" + insn.imm32() + "]";
        }
        if (mode == Mode.IND) {
            return prefix(insn) + "r0 = *(" + uType(insn) + " *)skb[r" + insn.src() + " + " + insn.imm32() + "]";
        }
        if (mode == Mode.IMM && insn.size() == Size.DW) {
            return prefix(insn) + "r" + insn.dst() + " = 0x" + Long.toHexString(fakeAddress(insn));
        }
        return "BUG_ld_" + hex2(insn.opcode());
    }

    private static String jump(Instruction insn) {
        char r = insn.insnClass() == InsnClass.JMP32 ? 'w' : 'r';
        int op = insn.opcode() & 0xf0;
        if (op == JumpOp.CALL.code) {
            if (insn.src() == Pseudo.CALL_LOCAL) {
                return "call pc" + signed(insn.imm32());
            }
            return "call " + callName(insn) + "#" + insn.imm32();
        }
        switch (insn.opcode()) {
            case 0x05:
                return "goto pc" + signed(insn.offset());
            case 0x06:
                return "gotol pc" + signed(insn.imm32());
            case 0x95:
                return "exit";
            case 0xe5:
                if (insn.src() == Pseudo.MAY_GOTO) {
                    return "may_goto pc" + signed(insn.offset());
                }
                break;
            default:
                break;
        }
        String cmp = jumpOperator(op);
        if (insn.source() == Source.X) {
            return "if " + r + insn.dst() + " " + cmp + " " + r + insn.src() + " goto pc" + signed(insn.offset());
        }
        return "if " + r + insn.dst() + " " + cmp + " 0x" + Integer.toHexString(insn.imm32()) + " goto pc"
                + signed(insn.offset());
    }

    /** The kernel's jump table: words for JA/CALL/EXIT, nothing for JCOND and 0xf0. */
    private static String jumpOperator(int op) {
        if (op == JumpOp.JA.code) {
            return "jmp";
        }
        if (op == JumpOp.EXIT.code) {
            return "exit";
        }
        JumpOp jumpOp = JumpOp.of(op);
        return jumpOp == null || jumpOp.operator == null ? "(null)" : jumpOp.operator;
    }

    private static String callName(Instruction insn) {
        if (insn.src() == Pseudo.CALL_HELPER) {
            if (insn.imm32() == 0) {
                return "bpf_unspec";
            }
            HelperId helper = HelperId.byId(insn.imm32());
            if (helper != null) {
                return helper.kernelName();
            }
        }
        // Without BTF a kfunc has no name; the kernel falls back to this word.
        return insn.src() == Pseudo.CALL_KFUNC ? "kernel-function" : "unknown";
    }

    private static String uType(Instruction insn) {
        return insn.size().unsignedType;
    }

    /** The sign-extending type; a 64-bit MEMSX has none in the kernel's table. */
    private static String sType(Instruction insn) {
        return insn.size() == Size.DW ? "(null)" : insn.size().signedType;
    }

    /** printf's {@code %+d}. */
    static String signed(int v) {
        return v < 0 ? Integer.toString(v) : "+" + v;
    }
}
