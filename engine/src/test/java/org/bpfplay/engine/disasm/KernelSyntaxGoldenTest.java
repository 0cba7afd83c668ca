package org.bpfplay.engine.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.bpfplay.engine.isa.Instruction;
import org.junit.jupiter.api.Test;

/**
 * Every instruction line the running kernel printed for the programs under
 * resources/disasm/kernel (recorded in kernel-golden.tsv by scripts/record-disasm-golden.sh).
 */
class KernelSyntaxGoldenTest {
    /** The kernel prints a real, changing address for map references; ours is fake (documented). */
    private static final Pattern ADDRESS_LOAD = Pattern.compile("\\(18\\) r\\d+ = 0x[0-9a-f]+");

    @Test
    void matchesTheKernelsInstructionText() throws Exception {
        List<String[]> rows = Golden.rows("/disasm/kernel-golden.tsv");
        assertTrue(rows.size() > 200, "golden table too small: " + rows.size());
        List<String> mismatches = new ArrayList<>();
        for (String[] row : rows) {
            Instruction insn = Golden.insn(row[2]);
            String ours = KernelSyntax.format(insn);
            boolean ok = insn.isMapLoad()
                    ? ADDRESS_LOAD.matcher(row[3]).matches() && ADDRESS_LOAD.matcher(ours).matches()
                    : ours.equals(row[3]);
            if (!ok) {
                mismatches.add(row[0] + ":" + row[1] + " " + row[2] + "\n  kernel: " + row[3] + "\n  ours:   " + ours);
            }
        }
        assertEquals("", String.join("\n", mismatches));
    }
}
