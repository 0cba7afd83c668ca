package org.bpfplay.engine.interp;

import java.util.OptionalLong;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.InsnClass;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Mode;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.isa.Size;

/**
 * A program pre-decoded for the interpreter: per pc slot one head word (internal {@link Op} in
 * bits 0-8, dst in bits 12-15, src in bits 16-19), an int (the memory offset, or the absolute
 * jump/call target) and a long (the immediate, sign-extended; the whole constant for LD_IMM64).
 * Instructions the kernel would reject become {@link Op#INVALID} with a reason, reported only if
 * executed; the slot after the last instruction is {@link Op#FELL_OFF}. The ISA's typed accessors
 * are used here once, so the hot loop never looks at opcode fields again.
 */
final class Code {
    final Program program;
    final int slots;
    final int[] head;
    final int[] offs;
    final long[] imms;
    final String[] invalid;
    /** What the loop reads: per pc, head in the low 32 bits and offs in the high 32 bits. */
    final long[] words;

    Code(Program program, PseudoLoadResolver resolver) {
        this.program = program;
        this.slots = program.slotCount();
        this.head = new int[slots + 1];
        this.offs = new int[slots + 1];
        this.imms = new long[slots + 1];
        this.invalid = new String[slots + 1];
        for (int pc = 0; pc < slots; pc++) {
            Instruction insn = program.at(pc);
            if (insn == null) {
                reject(pc, "jump into the middle of ld_imm64 (pc " + (pc - 1) + ")");
                continue;
            }
            offs[pc] = insn.offset();
            imms[pc] = insn.imm();
            String why = decode(pc, insn, resolver);
            if (why != null) {
                reject(pc, why);
            } else {
                head[pc] |= insn.dst() << 12 | insn.src() << 16;
            }
        }
        head[slots] = Op.FELL_OFF;
        words = new long[slots + 1];
        for (int pc = 0; pc <= slots; pc++) {
            words[pc] = (head[pc] & 0xffff_ffffL) | (long) offs[pc] << 32;
        }
    }

    /** A copy of {@link #words} whose instructions at {@code pcs} are breakpoints. */
    long[] withBreakpoints(Iterable<Integer> pcs) {
        long[] w = words.clone();
        for (int pc : pcs) {
            if (pc >= 0 && pc < slots) {
                w[pc] = (w[pc] & ~(long) Op.MASK) | Op.BREAK;
            }
        }
        return w;
    }

    private void reject(int pc, String why) {
        head[pc] = Op.INVALID;
        invalid[pc] = why;
    }

    /** Sets head[pc]'s op and fixes offs/imms; returns why the instruction is invalid, or null. */
    private String decode(int pc, Instruction insn, PseudoLoadResolver resolver) {
        int opc = insn.opcode();
        InsnClass cls = insn.insnClass();
        if (insn.dst() > 10 || insn.src() > 10) {
            return "register r" + Math.max(insn.dst(), insn.src()) + " does not exist";
        }
        switch (cls) {
            case ALU:
            case ALU64:
                return decodeAlu(pc, insn);
            case JMP:
            case JMP32:
                return decodeJump(pc, insn);
            case LD:
                return decodeLd(pc, insn, resolver);
            case LDX: {
                Mode m = insn.mode();
                if (m != Mode.MEM && !(m == Mode.MEMSX && insn.size() != Size.DW)) {
                    return unknown(opc);
                }
                if (insn.dst() == 10) {
                    return "frame pointer r10 is read only";
                }
                head[pc] = opc;
                return null;
            }
            case ST:
                if (insn.mode() != Mode.MEM) {
                    return unknown(opc);
                }
                head[pc] = opc;
                return null;
            default:
                return decodeStx(pc, insn);
        }
    }

    private String decodeAlu(int pc, Instruction insn) {
        int opc = insn.opcode();
        boolean is64 = insn.isAlu64();
        boolean x = (opc & 0x08) != 0;
        int off = insn.offset();
        if (insn.aluOp() == null) {
            return unknown(opc);
        }
        if (insn.dst() == 10) {
            return "frame pointer r10 is read only";
        }
        switch (insn.aluOp()) {
            case DIV:
            case MOD:
                if (off == 1) {
                    boolean div = insn.aluOp() == AluOp.DIV;
                    head[pc] = is64 ? (div ? Op.SDIV64_K : Op.SMOD64_K) : (div ? Op.SDIV32_K : Op.SMOD32_K);
                    head[pc] += x ? 1 : 0;
                    return null;
                }
                break;
            case MOV:
                if (off != 0) {
                    if (!x) {
                        return "mov with an immediate must have offset 0, not " + off;
                    }
                    if (off == 8) {
                        head[pc] = is64 ? Op.MOVSX64_8 : Op.MOVSX32_8;
                    } else if (off == 16) {
                        head[pc] = is64 ? Op.MOVSX64_16 : Op.MOVSX32_16;
                    } else if (off == 32 && is64) {
                        head[pc] = Op.MOVSX64_32;
                    } else {
                        return "movsx offset must be 8, 16" + (is64 ? " or 32" : "") + ", not " + off;
                    }
                    return null;
                }
                break;
            case NEG:
                if (x) {
                    return "neg takes no source register (opcode 0x" + Integer.toHexString(opc) + ")";
                }
                break;
            case END: {
                int bits = insn.imm32();
                if (bits != 16 && bits != 32 && bits != 64) {
                    return "byte swap width must be 16, 32 or 64, not " + bits;
                }
                if (is64 && x) {
                    return unknown(opc);
                }
                int k = bits == 16 ? 0 : bits == 32 ? 1 : 2;
                head[pc] = (is64 || x ? Op.SWAP16 : Op.LE16) + k;
                return null;
            }
            default:
                break;
        }
        if (off != 0) {
            return "ALU instruction uses reserved offset field (" + off + ")";
        }
        head[pc] = opc;
        return null;
    }

    private String decodeJump(int pc, Instruction insn) {
        int opc = insn.opcode();
        boolean j32 = insn.insnClass() == InsnClass.JMP32;
        if (insn.jumpOp() == null) {
            return unknown(opc);
        }
        switch (insn.jumpOp()) {
            case JA:
                if ((opc & 0x08) != 0) {
                    return "indirect jump (gotox) is not supported";
                }
                head[pc] = 0x05;
                return target(pc, j32 ? insn.imm32() : insn.offset());
            case CALL:
                if (j32) {
                    return unknown(opc);
                }
                if ((opc & 0x08) != 0) {
                    head[pc] = Op.CALLX;
                    return null;
                }
                if (insn.src() == Pseudo.CALL_HELPER) {
                    head[pc] = Op.CALL_HELPER;
                    return null;
                }
                if (insn.src() == Pseudo.CALL_LOCAL) {
                    head[pc] = Op.CALL_LOCAL;
                    return target(pc, insn.imm32());
                }
                return insn.src() == Pseudo.CALL_KFUNC ? "kfunc calls are not supported"
                        : "call with unknown src " + insn.src();
            case EXIT:
                if (j32 || (opc & 0x08) != 0) {
                    return unknown(opc);
                }
                head[pc] = opc;
                return null;
            case JCOND:
                if (j32 || (opc & 0x08) != 0 || insn.src() != Pseudo.MAY_GOTO) {
                    return unknown(opc) + " (only may_goto, src 0, exists)";
                }
                head[pc] = Op.MAY_GOTO;
                return target(pc, insn.offset());
            default:
                head[pc] = opc;
                if (j32) {
                    imms[pc] = insn.imm32();
                }
                return target(pc, insn.offset());
        }
    }

    /** Stores the absolute target of a relative jump, or explains why it is out of range. */
    private String target(int pc, int rel) {
        long t = (long) pc + 1 + rel;
        if (t < 0 || t >= slots) {
            return "jump from pc " + pc + " to " + t + " is outside the program (0.." + (slots - 1) + ")";
        }
        offs[pc] = (int) t;
        return null;
    }

    private String decodeLd(int pc, Instruction insn, PseudoLoadResolver resolver) {
        int opc = insn.opcode();
        if (insn.isWide()) {
            if (insn.dst() == 10) {
                return "frame pointer r10 is read only";
            }
            head[pc] = opc;
            if (insn.src() != 0) {
                OptionalLong v = resolver.resolve(insn, pc);
                if (v.isEmpty()) {
                    return "ld_imm64 with pseudo source " + insn.src() + " (imm " + insn.imm32()
                            + ") cannot be resolved here";
                }
                imms[pc] = v.getAsLong();
            }
            return null;
        }
        Mode m = insn.mode();
        if ((m == Mode.ABS || m == Mode.IND) && insn.size() != Size.DW) {
            head[pc] = opc;
            return null;
        }
        return unknown(opc);
    }

    private String decodeStx(int pc, Instruction insn) {
        int opc = insn.opcode();
        Mode m = insn.mode();
        if (m == Mode.MEM) {
            head[pc] = opc;
            return null;
        }
        if (m != Mode.ATOMIC) {
            return unknown(opc);
        }
        AtomicOp op = AtomicOp.of(insn.imm32());
        if (op == null) {
            return "unknown atomic operation imm 0x" + Integer.toHexString(insn.imm32());
        }
        Size size = insn.size();
        if (op == AtomicOp.LOAD_ACQUIRE || op == AtomicOp.STORE_RELEASE) {
            // Sequential semantics: an ordered load/store is a plain one.
            if (op == AtomicOp.LOAD_ACQUIRE && insn.dst() == 10) {
                return "frame pointer r10 is read only";
            }
            int base = op == AtomicOp.LOAD_ACQUIRE ? 0x61 : 0x63;
            // load_acquire: dst = *(src + off), like LDX; store_release: *(dst + off) = src, like STX.
            head[pc] = base | size.code;
            return null;
        }
        if (size != Size.W && size != Size.DW) {
            return "atomic " + op.name + " needs a 32- or 64-bit access, not " + size.bits();
        }
        head[pc] = size == Size.W ? Op.ATOMIC32 : Op.ATOMIC64;
        return null;
    }

    private static String unknown(int opc) {
        return String.format("unknown opcode 0x%02x", opc);
    }
}
