package org.bpfplay.engine.jit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.ConformanceInterpreter;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.isa.Program;

/** Runs one program twice, interpreted and compiled, on identical machines, and compares everything. */
final class JitAgreement {
    private JitAgreement() {
    }

    static Program asm(String source) {
        AsmResult r = Assembler.assemble(source);
        assertTrue(r.ok(), String.valueOf(r.errors()));
        return r.program();
    }

    /** Both results; asserts they agree (status, r0, fault with pc/address/region/size, count, registers, memory). */
    static RunResult[] compare(Program p, byte[] memory, Budget budget) {
        Machine interp = ConformanceInterpreter.machine(p, memory);
        Machine jit = ConformanceInterpreter.machine(p, memory);
        JitResult jr = Jit.attach(jit);
        RunResult a = interp.run(budget);
        RunResult b = jit.run(budget);
        String what = p.instructions().size() + " insns, " + jr + ", budget " + budget;
        // The class-file writer and the JVM's verifier must accept every program that has a block.
        assertTrue(jr.ok() || jr.refusal().startsWith("no instruction") || jr.refusal().contains("too large"), what);
        assertEquals(a, b, what);
        assertEquals(interp.pc(), jit.pc(), what);
        assertEquals(interp.depth(), jit.depth(), what);
        assertArrayEquals(interp.registers(), jit.registers(), what);
        for (int id = 1; id < interp.memory().regionCount(); id++) {
            Region x = interp.memory().region(id);
            Region y = jit.memory().region(id);
            assertArrayEquals(x.snapshotBytes(), y.snapshotBytes(), what + ": region " + x.name());
        }
        return new RunResult[] {a, b};
    }
}
