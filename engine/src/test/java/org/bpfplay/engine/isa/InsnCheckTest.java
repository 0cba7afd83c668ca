package org.bpfplay.engine.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * InsnCheck against the kernel: invalid-golden.tsv holds single-fault programs and the message the
 * running kernel gave (or "accepted"); kernel-golden.tsv holds programs the kernel loaded (recorded
 * by scripts/record-disasm-golden.sh).
 */
class InsnCheckTest {
    private static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = InsnCheckTest.class.getResourceAsStream(resource)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    private static Program program(String hex) {
        return Program.of(Encoding.decode(HexFormat.of().parseHex(hex)).instructions());
    }

    @Test
    void firstProblemIsTheKernelsMessage() throws Exception {
        List<String[]> rows = rows("/disasm/invalid-golden.tsv");
        assertTrue(rows.size() >= 40);
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows) {
            List<InsnCheck.Problem> problems = InsnCheck.check(program(row[0]));
            String ours = problems.isEmpty() ? "accepted" : problems.get(0).message();
            if (!ours.equals(row[1])) {
                wrong.add(row[0] + "\n  kernel: " + row[1] + "\n  ours:   " + ours);
            }
        }
        assertEquals("", String.join("\n", wrong));
    }

    @Test
    void programsTheKernelLoadedHaveNoProblems() throws Exception {
        Map<String, StringBuilder> programs = new LinkedHashMap<>();
        for (String[] row : rows("/disasm/kernel-golden.tsv")) {
            programs.computeIfAbsent(row[0], k -> new StringBuilder()).append(row[2]);
        }
        assertTrue(programs.size() >= 10);
        for (Map.Entry<String, StringBuilder> e : programs.entrySet()) {
            assertEquals(List.of(), InsnCheck.check(program(e.getValue().toString())), e.getKey());
        }
    }

    @Test
    void problemsCarryThePc() {
        // pc 0: ld_imm64 (two slots); pc 2: neg with an immediate; pc 3: exit
        Program p = Program.of(Instruction.loadImm64(Register.R1, 5), new Instruction(0x87, 1, 0, 0, 3), Instruction.exit());
        List<InsnCheck.Problem> problems = InsnCheck.check(p);
        assertEquals(List.of(new InsnCheck.Problem(2, "BPF_NEG uses reserved fields")), problems);
        assertEquals("insn 2: BPF_NEG uses reserved fields", problems.get(0).toString());
    }

    @Test
    void everyInstructionIsCheckedNotOnlyTheFirst() {
        Program p = Program.of(new Instruction(0x0e, 0, 0, 0, 0), new Instruction(0xb7, 12, 0, 0, 0), Instruction.exit());
        List<InsnCheck.Problem> problems = InsnCheck.check(p);
        assertEquals(List.of(new InsnCheck.Problem(0, "unknown opcode 0e"), new InsnCheck.Problem(1, "R12 is invalid")),
                problems);
    }

    @Test
    void unknownOpcodesAreTheKernels() throws Exception {
        List<String[]> rows = rows("/disasm/opcode-golden.tsv");
        assertEquals(256, rows.size());
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows) {
            int op = Integer.parseInt(row[0], 16);
            List<InsnCheck.Problem> problems = InsnCheck.check(new Instruction(op, 0, 0, 0, 0), 0);
            boolean ours = !problems.isEmpty() && problems.get(0).message().startsWith("unknown opcode");
            if (ours != row[1].equals("unknown")) {
                wrong.add(row[0] + " kernel: " + row[1] + " ours: " + problems);
            }
        }
        assertEquals("", String.join("\n", wrong));
    }

    @Test
    void everyFieldPatternIsHandledWithoutThrowing() {
        for (int op = 0; op < 256; op++) {
            for (int regs = 0; regs < 256; regs += 17) {
                Instruction insn = new Instruction(op, regs & 15, regs >> 4, op % 3 - 1, op * 7 - 300);
                assertFalse(InsnCheck.check(insn, 0).size() > 1);
                InsnCheck.check(Program.of(insn));
            }
        }
    }
}
