package org.bpfplay.engine.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.ConformanceInterpreter;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.isa.Program;
import org.junit.jupiter.api.Test;

class JitSmokeTest {
    @Test
    void aluLoopCompilesAndAgrees() {
        Program p = JitAgreement.asm("r1 = 1000\nr0 = 1\nloop:\nr0 *= 31\nr0 += r1\nr2 = r0\nr2 >>= 7\nr0 ^= r2\n"
                + "r1 -= 1\nif r1 != 0 goto loop\nexit");
        Machine m = ConformanceInterpreter.machine(p, new byte[0]);
        JitResult jr = Jit.attach(m);
        assertTrue(jr.ok(), jr.toString());
        RunResult r = m.run(Budget.DEFAULT);
        assertTrue(r.exited(), r.toString());
        assertEquals(2 + 7 * 1000 + 1, r.instructions());
        JitAgreement.compare(p, new byte[0], Budget.DEFAULT);
    }
}
