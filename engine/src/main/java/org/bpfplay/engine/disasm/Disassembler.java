package org.bpfplay.engine.disasm;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;

/**
 * Turns instructions back into text, in one of two syntaxes:
 * <ul>
 * <li>{@link Syntax#KERNEL}: the verifier log's {@code (b7) r0 = 0} ({@link KernelSyntax});</li>
 * <li>{@link Syntax#LLVM}: {@code llvm-objdump-19 -d}'s {@code r0 = 0x0}, which {@code llvm-mc-19}
 * assembles back to the same bytes ({@link LlvmSyntax}).</li>
 * </ul>
 * A listing has one line per instruction, led by its pc; an ld_imm64 takes two pcs and one line.
 */
public final class Disassembler {
    /** Which text to produce. */
    public enum Syntax {
        KERNEL, LLVM;

        /** The syntax named {@code kernel} or {@code llvm} (any case), or null. */
        public static Syntax byName(String name) {
            for (Syntax s : values()) {
                if (s.name().equalsIgnoreCase(name)) {
                    return s;
                }
            }
            return null;
        }
    }

    private Disassembler() {
    }

    /** One instruction, without pc. */
    public static String format(Instruction insn, Syntax syntax) {
        return syntax == Syntax.KERNEL ? KernelSyntax.format(insn) : LlvmSyntax.format(insn);
    }

    /**
     * A program listing. Kernel: {@code "0: (b7) r0 = 0"} as in a verifier log. LLVM: as
     * {@code llvm-objdump-19 -d}, {@code "       0:\tb7 00 00 00 00 00 00 00\tr0 = 0x0"} (pc right-aligned
     * in 8 columns, the raw bytes, a tab, the instruction).
     */
    public static List<String> listing(Program program, Syntax syntax) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < program.instructions().size(); i++) {
            Instruction insn = program.instructions().get(i);
            int pc = program.pcOf(i);
            if (syntax == Syntax.KERNEL) {
                lines.add(pc + ": " + KernelSyntax.format(insn));
            } else {
                lines.add(String.format("%8d:\t%s\t%s", pc, rawBytes(insn), LlvmSyntax.format(insn)));
            }
        }
        return lines;
    }

    /** The bytes of an instruction as objdump shows them: {@code "b7 00 00 00 00 00 00 00"}. */
    static String rawBytes(Instruction insn) {
        byte[] code = Encoding.encode(insn);
        StringBuilder sb = new StringBuilder(code.length * 3);
        for (byte b : code) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }
}
