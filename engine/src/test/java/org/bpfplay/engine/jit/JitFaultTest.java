package org.bpfplay.engine.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.ConformanceInterpreter;
import org.bpfplay.engine.interp.FaultKind;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.interp.RunStatus;
import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Register;
import org.junit.jupiter.api.Test;

/** Faults, budgets, calls and fallback: the compiled run must end exactly as the interpreted one. */
class JitFaultTest {
    private static final String LOOP = "r1 = 5\nr0 = 0\nloop:\nr0 += r1\nr2 = r0\nr2 &= 7\n"
            + "*(u64 *)(r10 - 8) = r2\nr1 -= 1\nif r1 != 0 goto loop\nr0 = *(u64 *)(r10 - 8)\nexit";

    @Test
    void outOfBoundsLoadFaultsAtItsPcWithTheInterpretersData() {
        Program p = JitAgreement.asm("r2 = 5\nr3 = r2\nr0 = *(u32 *)(r1 + 6)\nr0 += 1\nexit");
        RunResult r = JitAgreement.compare(p, new byte[8], Budget.DEFAULT)[1];
        assertEquals(RunStatus.FAULTED, r.status());
        assertEquals(FaultKind.OUT_OF_BOUNDS, r.fault().kind());
        assertEquals(2, r.fault().pc());
        assertEquals(2, r.instructions());
        assertEquals("memory", r.fault().region());
        assertEquals(4, r.fault().size());
    }

    @Test
    void badStoresFaultAsInTheInterpreter() {
        for (String src : List.of("r0 = 1\n*(u64 *)(r10 - 520) = r0\nexit", "r0 = 0\n*(u8 *)(r0 + 0) = 1\nexit",
                "r1 += 7\n*(u16 *)(r1 + 0) = 3\nexit", "r0 = *(u64 *)(r10 + 0)\nexit")) {
            RunResult r = JitAgreement.compare(JitAgreement.asm(src), new byte[8], Budget.DEFAULT)[1];
            assertEquals(RunStatus.FAULTED, r.status(), src);
        }
    }

    @Test
    void budgetExhaustionStopsAtTheSamePcAndCount() {
        Program p = JitAgreement.asm(LOOP);
        // Every budget from 0 to past the end: the limit falls at every position inside every block.
        long total = JitAgreement.compare(p, new byte[0], Budget.DEFAULT)[1].instructions();
        assertEquals(2 + 6 * 5 + 2, total);
        for (long b = 0; b <= total + 1; b++) {
            RunResult r = JitAgreement.compare(p, new byte[0], Budget.instructions(b))[1];
            if (b < total) {
                assertEquals(FaultKind.INSN_LIMIT, r.fault().kind(), "budget " + b);
                assertEquals(b, r.instructions());
            } else {
                assertTrue(r.exited(), "budget " + b + ": " + r);
            }
        }
    }

    @Test
    void divisionEdgeCasesAgree() {
        String src = "r1 = -9223372036854775808 ll\nr2 = -1\nr3 = 0\nr0 = r1\nr0 s/= r2\nr4 = r1\nr4 s%= r2\n"
                + "r5 = r1\nr5 /= r3\nr6 = r1\nr6 %= r3\nw7 = w1\nw7 s/= w2\nw8 = 7\nw8 %= w3\nw9 = -1\nw9 s%= 0\n"
                + "r0 ^= r4\nr0 ^= r5\nr0 ^= r6\nr0 += r7\nr0 += r8\nr0 += r9\nexit";
        RunResult r = JitAgreement.compare(JitAgreement.asm(src), new byte[0], Budget.DEFAULT)[1];
        assertTrue(r.exited(), r.toString());
    }

    @Test
    void deepRecursionOverflowsTheCallStackAtTheSamePc() {
        Program p = JitAgreement.asm("r1 = 0\ncall f\nexit\nf:\nr1 += 1\nr0 = r1\ncall f\nexit");
        RunResult r = JitAgreement.compare(p, new byte[0], Budget.DEFAULT)[1];
        assertEquals(FaultKind.CALL_DEPTH, r.fault().kind());
        assertEquals(5, r.fault().pc());
    }

    @Test
    void nestedCallsReturnThroughCompiledExits() {
        Program p = JitAgreement.asm("r6 = 3\nr1 = 4\ncall f\nr0 += r6\nexit\n"
                + "f:\nr6 = 10\nr1 *= 2\ncall g\nr0 += r6\nexit\ng:\nr0 = r1\nr0 += 1\nexit");
        RunResult r = JitAgreement.compare(p, new byte[0], Budget.DEFAULT)[1];
        assertTrue(r.exited());
        assertEquals(9 + 10 + 3, r.r0());
        for (long b = 0; b < 16; b++) {
            JitAgreement.compare(p, new byte[0], Budget.instructions(b));
        }
    }

    @Test
    void fallingOffTheEndAndInvalidInstructionsAreLeftToTheInterpreter() {
        JitAgreement.compare(JitAgreement.asm("r0 = 1\nr0 += 2"), new byte[0], Budget.DEFAULT);
        Program bad = Program.of(AluOp.MOV.imm(Register.R0, 1), new Instruction(0x8f, 0, 0, 0, 0), Instruction.exit());
        RunResult r = JitAgreement.compare(bad, new byte[0], Budget.DEFAULT)[1];
        assertEquals(FaultKind.INVALID_INSTRUCTION, r.fault().kind());
    }

    @Test
    void aProgramTooLargeIsRefusedAndStillRuns() {
        List<Instruction> insns = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            insns.add(AluOp.ADD.imm(Register.R0, 1));
        }
        insns.add(Instruction.exit());
        Program p = Program.of(insns);
        Machine m = ConformanceInterpreter.machine(p, new byte[0]);
        JitResult jr = Jit.attach(m);
        assertFalse(jr.ok());
        assertTrue(jr.refusal().contains("too large"), jr.refusal());
        assertNull(m.compiled());
        RunResult r = m.run(Budget.DEFAULT);
        assertEquals(6000, r.r0());
        assertEquals(6001, r.instructions());
    }

    @Test
    void runAgainReusesTheCompiledCode() {
        Program p = JitAgreement.asm(LOOP);
        Machine m = ConformanceInterpreter.machine(p, new byte[0]);
        assertTrue(Jit.attach(m).ok());
        RunResult first = m.run(Budget.DEFAULT);
        m.reset();
        m.setRegister(2, 0);
        RunResult second = m.run(Budget.DEFAULT);
        assertEquals(first, second);
        assertEquals(Memory.address(m.stackRegionId(0), Machine.STACK_SIZE), m.stackTop(0));
    }

    @Test
    void theSystemPropertyTurnsTheJitOff() {
        String old = System.getProperty(Jit.PROPERTY);
        try {
            System.setProperty(Jit.PROPERTY, "false");
            assertFalse(Jit.enabledByDefault());
            System.setProperty(Jit.PROPERTY, "true");
            assertTrue(Jit.enabledByDefault());
        } finally {
            if (old == null) {
                System.clearProperty(Jit.PROPERTY);
            } else {
                System.setProperty(Jit.PROPERTY, old);
            }
        }
    }
}
