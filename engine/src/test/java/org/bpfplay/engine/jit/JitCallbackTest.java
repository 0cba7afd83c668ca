package org.bpfplay.engine.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.FaultKind;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.runtime.Prepared;
import org.bpfplay.engine.runtime.ProgramRun;
import org.bpfplay.engine.runtime.RunInput;
import org.bpfplay.engine.runtime.RunOutcome;
import org.junit.jupiter.api.Test;

/**
 * bpf_loop through the runtime: the helper runs in the interpreter and calls back into compiled
 * blocks; with every budget from 0 to past the end, the JIT run ends as the interpreted one.
 */
class JitCallbackTest {
    /** r0 = bpf_loop(5, cb, &sum, 0) * 1000 + sum + r6; the callback adds its index to sum. */
    private static Program loopProgram() {
        return Program.of(List.of(
                new Instruction(0xb7, 1, 0, 0, 5),
                Instruction.loadPseudo(org.bpfplay.engine.isa.Register.R2, 4, 11, 0), // callback at pc 13
                new Instruction(0xbf, 3, 10, 0, 0),
                new Instruction(0x07, 3, 0, 0, -8),
                new Instruction(0x7a, 10, 0, -8, 0),
                new Instruction(0xb7, 4, 0, 0, 0),
                new Instruction(0xb7, 6, 0, 0, 77),
                new Instruction(0x85, 0, 0, 0, 181),
                new Instruction(0x79, 7, 10, -8, 0),
                new Instruction(0x27, 0, 0, 0, 1000),
                new Instruction(0x0f, 0, 7, 0, 0),
                new Instruction(0x95, 0, 0, 0, 0),
                // pc 13: the callback
                new Instruction(0x79, 3, 2, 0, 0),
                new Instruction(0x0f, 3, 1, 0, 0),
                new Instruction(0x7b, 2, 3, 0, 0),
                new Instruction(0xb7, 6, 0, 0, 5),
                new Instruction(0xb7, 0, 0, 0, 0),
                new Instruction(0x95, 0, 0, 0, 0)));
    }

    private static RunOutcome run(Program p, long budget, boolean jit) {
        RunInput in = RunInput.of(ProgramType.XDP, new byte[64]);
        in = new RunInput(in.type(), in.data(), in.ctx(), in.inits(), in.cpus(), in.seed(), Budget.instructions(budget));
        Prepared prepared = new ProgramRun().withJit(jit).prepare(p, in);
        assertTrue(prepared.ok(), String.valueOf(prepared.error()));
        RunOutcome o = prepared.execution().run();
        if (jit && budget > 0) {
            assertTrue(prepared.execution().jit().ok(), String.valueOf(prepared.execution().jit()));
        }
        return o;
    }

    @Test
    void callbacksRunCompiledWithTheInterpretersCounts() {
        Program p = loopProgram();
        RunResult full = run(p, 1_000_000, true).result();
        assertTrue(full.exited(), full.toString());
        assertEquals(5000 + 10, full.r0());
        assertEquals(run(p, 1_000_000, false).result(), full);
        for (long b = 0; b <= full.instructions() + 1; b++) {
            RunResult j = run(p, b, true).result();
            assertEquals(run(p, b, false).result(), j, "budget " + b);
            if (b < full.instructions()) {
                assertEquals(FaultKind.INSN_LIMIT, j.fault().kind());
            }
        }
    }
}
