package org.bpfplay.engine.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.ConformanceInterpreter;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.runtime.Execution;
import org.bpfplay.engine.runtime.ProgramRun;
import org.bpfplay.engine.runtime.RunInput;
import org.junit.jupiter.api.Test;

/** Lazy translation: a program is compiled once its runs have executed the threshold's instructions. */
class JitThresholdTest {
    /** 4000 rounds of a 4-instruction loop: 16,003 instructions. */
    private static final String LOOP = "r1 = 4000\nr0 = 0\nloop:\nr0 += r1\nr0 ^= 5\nr1 -= 1\nif r1 != 0 goto loop\nexit";

    @Test
    void compilesOnceTheRunsAreHot() {
        Program p = JitAgreement.asm(LOOP);
        RunResult expected = ConformanceInterpreter.machine(p, new byte[0]).run(Budget.DEFAULT);
        assertEquals(16_003, expected.instructions());
        Machine m = ConformanceInterpreter.machine(p, new byte[0]);
        int[] asked = {0};
        m.compileWhenHot(() -> {
            asked[0]++;
            return Jit.compile(m).code();
        }, 20_000);
        assertEquals(expected, m.run(Budget.DEFAULT));
        assertEquals(0, asked[0], "16,003 of 20,000: not hot yet");
        assertNull(m.compiled());
        m.reset();
        assertEquals(expected, m.run(Budget.DEFAULT));
        assertEquals(1, asked[0], "hot during the second run");
        assertTrue(m.compiled() != null);
        m.reset();
        assertEquals(expected, m.run(Budget.DEFAULT));
        assertEquals(1, asked[0]);
    }

    @Test
    void theRuntimeCompilesOnlyHotPrograms() {
        RunInput in = RunInput.of(ProgramType.XDP, new byte[64]);
        Execution cold = new ProgramRun().prepare(JitAgreement.asm("r0 = 2\nexit"), in).execution();
        cold.run();
        assertNull(cold.jit(), "a 2-instruction run is not worth a class");
        Execution forced = new ProgramRun().withJit(true).prepare(JitAgreement.asm("r0 = 2\nexit"), in).execution();
        assertEquals(2, forced.run().retval());
        assertTrue(forced.jit().ok(), String.valueOf(forced.jit()));
        Execution off = new ProgramRun().withJit(false).prepare(JitAgreement.asm(LOOP), in).execution();
        off.run();
        off.runAgain();
        assertNull(off.jit());
    }
}
