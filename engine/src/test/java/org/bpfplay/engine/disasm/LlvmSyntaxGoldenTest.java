package org.bpfplay.engine.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Mode;
import org.junit.jupiter.api.Test;

/**
 * A sweep of encodings (every opcode, several field patterns) against what llvm-objdump-19 printed
 * (llvm-golden.tsv, recorded by scripts/record-disasm-golden.sh).
 */
class LlvmSyntaxGoldenTest {
    /** Expected text of a golden row: plain objdump, but objdump --mcpu=v4 for 32-bit atomics. */
    static String expected(String[] row) {
        return (row[0].startsWith("c3") ? row[2] : row[1]).replace("\\t", "\t");
    }

    /** Load-acquire/store-release: LLVM 19 predates them, we print the later LLVM syntax. */
    static boolean isAcquireRelease(Instruction insn) {
        return insn.mode() == Mode.ATOMIC && insn.insnClass().code == 3
                && (insn.imm32() == 0x100 || insn.imm32() == 0x110);
    }

    @Test
    void matchesObjdump() throws Exception {
        List<String[]> rows = Golden.rows("/disasm/llvm-golden.tsv");
        assertTrue(rows.size() > 4000, "golden table too small: " + rows.size());
        List<String> mismatches = new ArrayList<>();
        for (String[] row : rows) {
            Instruction insn = Golden.insn(row[0]);
            if (isAcquireRelease(insn)) {
                continue;
            }
            if (insn.isLocalCall()) {
                // Our deliberate deviation: objdump's "call 0x9" would read back as a helper call.
                assertEquals("call pc" + (insn.imm32() >= 0 ? "+" : "") + insn.imm32(), LlvmSyntax.format(insn));
                continue;
            }
            String ours = LlvmSyntax.format(insn);
            if (!ours.equals(expected(row))) {
                mismatches.add(row[0] + "  objdump: " + expected(row) + "  ours: " + ours);
            }
        }
        assertEquals("", String.join("\n", mismatches.subList(0, Math.min(60, mismatches.size()))),
                mismatches.size() + " mismatches");
    }
}
