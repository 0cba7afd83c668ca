package org.bpfplay.engine.disasm;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Size;
import org.bpfplay.engine.isa.Source;

/**
 * One instruction as {@code llvm-objdump-19 -d} prints it ({@code r1 += 0x5},
 * {@code r0 = *(u8 *)(r2 + 0xc)}, {@code if w1 > 0x5 goto +0x2}), without the branch-target
 * annotation ({@code <.text+0x40>}) objdump adds when it has a symbol table.
 *
 * 32-bit atomics (opcode 0xc3) are printed as {@code llvm-objdump-19 -d --mcpu=v4} does
 * ({@code w1 = atomic_fetch_add((u32 *)(r10 - 0x8), w1)}): without a cpu, objdump cannot decode
 * most of them and shows a fetch-add as a plain add.
 *
 * LLVM's decoder only looks at the fields an instruction form defines and ignores the others
 * (e.g. {@code goto} ignores dst, src and imm; an atomic ignores imm bits 8 and up), so several
 * encodings print alike; this class reproduces that. Encodings LLVM cannot decode print as
 * {@code <unknown>}, which the verifier would reject too, except load-acquire and store-release:
 * LLVM 19 predates them, so they print in the syntax later LLVM versions use
 * ({@code r0 = load_acquire((u64 *)(r1 + 0x0))}, {@code store_release((u64 *)(r1 + 0x0), r2)}).
 * A few valid kernel forms print as objdump prints them but cannot be assembled back by llvm-mc-19
 * ({@link #hasNoLlvm19Syntax}).
 */
public final class LlvmSyntax {
    /** What objdump prints for an encoding it cannot decode. */
    public static final String UNKNOWN = "<unknown>";

    /** LLVM knows r0..r10 and the internal r11. */
    private static final int MAX_REGISTER = 11;

    private LlvmSyntax() {
    }

    /**
     * True for valid kernel instructions whose LLVM 19 text does not assemble back to them: a
     * bpf-to-bpf call ({@code call 0x1} reads as helper 1; LLVM writes these with a label and a
     * relocation), LD_IND with an immediate ({@code skb[r7]} has no room for it), ld_imm64 with a
     * pseudo source and a second immediate ({@code ld_pseudo} drops it), and load-acquire /
     * store-release (newer than LLVM 19).
     */
    public static boolean hasNoLlvm19Syntax(Instruction insn) {
        boolean call = insn.opcode() == 0x85 && insn.src() != 0;
        boolean indWithImm = insn.insnClass() == InsnClass.LD && insn.mode() == Mode.IND && insn.imm() != 0;
        boolean pseudoWithNext = insn.isWide() && insn.src() != 0 && insn.nextImm() != 0;
        boolean ordered = insn.insnClass() == InsnClass.STX && insn.mode() == Mode.ATOMIC
                && (insn.imm32() == 0x100 || insn.imm32() == 0x110);
        return call || indWithImm || pseudoWithNext || ordered;
    }

    public static String format(Instruction insn) {
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
                return ldx(insn);
            case ST:
                return st(insn);
            default:
                return stx(insn);
        }
    }

    private static boolean badReg(int r) {
        return r > MAX_REGISTER;
    }

    private static String alu(Instruction insn) {
        boolean is64 = insn.isAlu64();
        String r = is64 ? "r" : "w";
        int op = insn.opcode() & 0xf0;
        int dst = insn.dst();
        int src = insn.src();
        int off = insn.offset();
        boolean x = insn.source() == Source.X;
        if (badReg(dst)) {
            return UNKNOWN;
        }
        if (op == AluOp.END.code) {
            int bits = insn.imm32();
            if ((bits != 16 && bits != 32 && bits != 64) || (is64 && x)) {
                return UNKNOWN;
            }
            String name = is64 ? "bswap" : x ? "be" : "le";
            return "r" + dst + " = " + name + bits + " r" + dst;
        }
        if (op == AluOp.NEG.code) {
            return x ? UNKNOWN : r + dst + " = -" + r + dst;
        }
        if (op > AluOp.END.code) {
            return UNKNOWN;
        }
        String operator = AluOp.of(op).operator;
        boolean divMod = op == AluOp.DIV.code || op == AluOp.MOD.code;
        if (divMod && off == 1) {
            operator = "s" + operator;
        } else if (x && op == AluOp.MOV.code && off != 0) {
            if (off == 8 || off == 16 || (is64 && off == 32)) {
                return badReg(src) ? UNKNOWN : r + dst + " = (s" + off + ")" + r + src;
            }
            if (is64 && off == 1) {
                return badReg(src) ? UNKNOWN : "r" + dst + " = addr_space_cast(r" + src + ", "
                        + hex(insn.imm32() >>> 16) + ", " + hex(insn.imm32() & 0xffff) + ")";
            }
            return UNKNOWN;
        } else if (off != 0) {
            return UNKNOWN;
        }
        if (x) {
            return badReg(src) ? UNKNOWN : r + dst + " " + operator + " " + r + src;
        }
        return r + dst + " " + operator + " " + hex(insn.imm32());
    }

    private static String jump(Instruction insn) {
        boolean is32 = insn.insnClass() == InsnClass.JMP32;
        int op = insn.opcode() & 0xf0;
        boolean x = insn.source() == Source.X;
        switch (insn.opcode()) {
            case 0x05:
                return "goto " + signedHex(insn.offset());
            case 0x06:
                return "gotol " + signedHex(insn.imm32());
            case 0x85:
                // objdump prints a bpf-to-bpf call as "call 0x9", which reads back as helper 9;
                // the kernel-log spelling "call pc+9" keeps the listing re-assemblable.
                return insn.isLocalCall() ? "call pc" + (insn.imm32() >= 0 ? "+" : "") + insn.imm32()
                        : "call " + hex(insn.imm32());
            case 0x8d:
                return badReg(insn.dst()) ? UNKNOWN : "callx r" + insn.dst();
            case 0x95:
                return insn.imm32() == 0 ? "exit" : UNKNOWN;
            case 0xe5:
                return "may_goto " + signedHex(insn.offset());
            default:
                break;
        }
        JumpOp jumpOp = JumpOp.of(op);
        if (jumpOp == null || !jumpOp.isConditional() || badReg(insn.dst())) {
            return UNKNOWN;
        }
        String r = is32 ? "w" : "r";
        String rhs;
        if (x) {
            if (badReg(insn.src())) {
                return UNKNOWN;
            }
            rhs = r + insn.src();
        } else {
            rhs = hex(insn.imm32());
        }
        return "if " + r + insn.dst() + " " + jumpOp.operator + " " + rhs + " goto " + signedHex(insn.offset());
    }

    private static String ld(Instruction insn) {
        Mode mode = insn.mode();
        Size size = insn.size();
        if (insn.isWide()) {
            if (insn.offset() != 0 || badReg(insn.dst())) {
                return UNKNOWN;
            }
            if (insn.src() == 0) {
                return "r" + insn.dst() + " = " + hex(insn.imm()) + " ll";
            }
            // objdump separates the operands of this generic form with a tab
            return "ld_pseudo\tr" + insn.dst() + ", " + hex(insn.src()) + ", " + hex(insn.imm32());
        }
        if (size == Size.DW) {
            return UNKNOWN;
        }
        if (mode == Mode.ABS) {
            return "r0 = *(" + size.unsignedType + " *)skb[" + hex(insn.imm32()) + "]";
        }
        if (mode == Mode.IND) {
            return badReg(insn.src()) ? UNKNOWN : "r0 = *(" + size.unsignedType + " *)skb[r" + insn.src() + "]";
        }
        return UNKNOWN;
    }

    private static String ldx(Instruction insn) {
        Mode mode = insn.mode();
        Size size = insn.size();
        if (badReg(insn.dst()) || badReg(insn.src())) {
            return UNKNOWN;
        }
        String type;
        if (mode == Mode.MEM) {
            type = size.unsignedType;
        } else if (mode == Mode.MEMSX && size != Size.DW) {
            type = size.signedType;
        } else {
            return UNKNOWN;
        }
        return "r" + insn.dst() + " = *(" + type + " *)" + address(insn.src(), insn.offset());
    }

    private static String st(Instruction insn) {
        if (insn.mode() != Mode.MEM || badReg(insn.dst())) {
            return UNKNOWN;
        }
        return "*(" + insn.size().unsignedType + " *)" + address(insn.dst(), insn.offset()) + " = " + hex(insn.imm32());
    }

    private static String stx(Instruction insn) {
        Size size = insn.size();
        int dst = insn.dst();
        int src = insn.src();
        if (badReg(dst) || badReg(src)) {
            return UNKNOWN;
        }
        String addr = address(dst, insn.offset());
        if (insn.mode() == Mode.MEM) {
            return "*(" + size.unsignedType + " *)" + addr + " = r" + src;
        }
        if (insn.mode() != Mode.ATOMIC) {
            return UNKNOWN;
        }
        int imm = insn.imm32();
        if (imm == 0x100 || imm == 0x110) {
            return acquireRelease(insn, imm == 0x100);
        }
        if (size != Size.DW && size != Size.W) {
            return UNKNOWN;
        }
        String r = size == Size.DW ? "r" : "w";
        String type = "(" + size.unsignedType + " *)";
        String suffix = size == Size.DW ? "_64" : "32_32";
        // LLVM matches the operation nibble and, for fetching forms, the FETCH nibble; higher bits are ignored
        int opNibble = (imm >> 4) & 0x0f;
        boolean fetch = (imm & 0x0f) == 1;
        String opName;
        String operator;
        switch (opNibble) {
            case 0x0:
                opName = "add";
                operator = "+=";
                break;
            case 0x4:
                opName = "or";
                operator = "|=";
                break;
            case 0x5:
                opName = "and";
                operator = "&=";
                break;
            case 0xa:
                opName = "xor";
                operator = "^=";
                break;
            case 0xe:
                return fetch ? r + src + " = xchg" + suffix + "(" + addr.substring(1, addr.length() - 1) + ", " + r + src + ")"
                        : UNKNOWN;
            case 0xf:
                return fetch ? r + "0 = cmpxchg" + suffix + "(" + addr.substring(1, addr.length() - 1) + ", " + r + "0, "
                        + r + src + ")" : UNKNOWN;
            default:
                return UNKNOWN;
        }
        if (fetch) {
            return r + src + " = atomic_fetch_" + opName + "(" + type + addr + ", " + r + src + ")";
        }
        return "lock *" + type + addr + " " + operator + " " + r + src;
    }

    private static String acquireRelease(Instruction insn, boolean acquire) {
        String type = "(" + insn.size().unsignedType + " *)";
        if (acquire) {
            return "r" + insn.dst() + " = load_acquire(" + type + address(insn.src(), insn.offset()) + ")";
        }
        return "store_release(" + type + address(insn.dst(), insn.offset()) + ", r" + insn.src() + ")";
    }

    /** {@code (r1 + 0x8)} / {@code (r1 - 0x8)}. */
    private static String address(int reg, int off) {
        return "(r" + reg + (off < 0 ? " - " : " + ") + hex(Math.abs((long) off)) + ")";
    }

    /** LLVM's immediate: signed hexadecimal, {@code 0x5}, {@code -0x8}. */
    static String hex(long v) {
        if (v < 0) {
            return "-0x" + Long.toHexString(-v).replace("-", "");
        }
        return "0x" + Long.toHexString(v);
    }

    /** A branch offset: always signed, {@code +0x3}, {@code -0x1}. */
    private static String signedHex(long v) {
        return v < 0 ? hex(v) : "+" + hex(v);
    }
}
