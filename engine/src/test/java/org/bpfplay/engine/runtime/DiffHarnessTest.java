/*
 * The differential harness: every program+packet the kernel ran (diff/run/expected.jsonl, recorded with
 * kernel-oracle by scripts/record-kernel-runs.sh) runs through ProgramRun from its recorded instruction
 * bytes, and retval and data_out must equal the kernel's. Rows where BPF_PROG_TEST_RUN itself failed
 * (run-errors.jsonl) must fail to start here too, with the same errno text.
 */
package org.bpfplay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

class DiffHarnessTest {
    static List<CorpusRow> rows(String resource) throws IOException {
        try (InputStream in = DiffHarnessTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            List<CorpusRow> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(CorpusRow.parse(line));
                }
            }
            return out;
        }
    }

    static RunOutcome run(CorpusRow row) {
        Encoding.Decoded d = Encoding.decode(row.insns());
        assertTrue(d.ok(), row.name() + ": " + d.errors());
        ProgramType type = ProgramType.byName(row.type());
        RunInput input = new RunInput(type, row.data(), row.ctx(), List.of(), 1, 0, Budget.instructions(50_000_000));
        return new ProgramRun().run(Program.of(d.instructions()), input);
    }

    @Test
    void everyRecordedRunAgreesWithTheKernel() throws IOException {
        List<CorpusRow> rows = rows("diff/run/expected.jsonl");
        List<String> disagreements = new ArrayList<>();
        for (CorpusRow row : rows) {
            RunOutcome o = run(row);
            if (!o.ok()) {
                disagreements.add(row.name() + ": did not start: " + o.error());
            } else if (o.fault() != null) {
                disagreements.add(row.name() + ": " + o.fault());
            } else if (o.retval() != row.retval()) {
                disagreements.add(row.name() + ": retval " + o.retval() + ", kernel " + row.retval());
            } else if (!HexFormat.of().formatHex(o.dataOut()).equals(HexFormat.of().formatHex(row.dataOut()))) {
                disagreements.add(row.name() + ": data_out " + HexFormat.of().formatHex(o.dataOut()) + ", kernel "
                        + HexFormat.of().formatHex(row.dataOut()));
            }
        }
        System.out.println("differential corpus: " + (rows.size() - disagreements.size()) + "/" + rows.size()
                + " rows agree with the kernel");
        assertTrue(rows.size() >= 600, "corpus rows: " + rows.size());
        assertEquals(List.of(), disagreements);
    }

    @Test
    void runsTheKernelRefusedDoNotStart() throws IOException {
        List<CorpusRow> rows = rows("diff/run/run-errors.jsonl");
        List<String> disagreements = new ArrayList<>();
        for (CorpusRow row : rows) {
            RunOutcome o = run(row);
            if (o.ok()) {
                disagreements.add(row.name() + ": ran (retval " + o.retval() + "), kernel: " + row.error());
            } else if (!o.error().errno().equals(row.error())) {
                disagreements.add(row.name() + ": " + o.error() + ", kernel: " + row.error());
            }
        }
        assertTrue(rows.size() >= 9);
        assertEquals(List.of(), disagreements);
    }
}
