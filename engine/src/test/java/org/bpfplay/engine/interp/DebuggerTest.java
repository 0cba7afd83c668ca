package org.bpfplay.engine.interp;

import static org.bpfplay.engine.isa.Register.R0;
import static org.bpfplay.engine.isa.Register.R1;
import static org.bpfplay.engine.isa.Register.R2;
import static org.bpfplay.engine.isa.Register.R10;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Size;
import org.junit.jupiter.api.Test;

/** Stepping forwards and backwards with {@link Debugger}. */
class DebuggerTest {
    /** r1 counts down from r1's start value, storing it into the stack each round and into memory[0]. */
    static Program loop(int n) {
        return Program.of(AluOp.MOV.imm(R1, n), AluOp.MOV.imm(R0, 0),
                Instruction.store(Size.DW, R10, -8, R1),    // 2
                AluOp.ADD.reg(R0, R1),                       // 3
                AluOp.SUB.imm(R1, 1),                        // 4
                JumpOp.JNE.imm(R1, 0, -4),                   // 5
                Instruction.exit());                         // 6
    }

    static Debugger debugger(Program p, int maxSnapshots, long interval) {
        return new Debugger(ConformanceInterpreter.machine(p, new byte[0]), Budget.instructions(100_000_000), maxSnapshots, interval);
    }

    /** The state of a fresh machine run for exactly n instructions. */
    static Machine reference(Program p, long n) {
        Machine m = ConformanceInterpreter.machine(p, new byte[0]);
        new Debugger(m, Budget.instructions(100_000_000)).goTo(n);
        return m;
    }

    static void assertSameState(Machine expected, Machine actual) {
        assertEquals(expected.instructionCount(), actual.instructionCount());
        assertEquals(expected.pc(), actual.pc());
        assertArrayEquals(expected.registers(), actual.registers());
        assertEquals(expected.status(), actual.status());
        List<Frame> ef = expected.frames();
        List<Frame> af = actual.frames();
        assertEquals(ef.size(), af.size());
        for (int i = 0; i < ef.size(); i++) {
            assertArrayEquals(ef.get(i).stack(), af.get(i).stack());
        }
    }

    @Test
    void stepReportsRegisterAndMemoryChanges() {
        Debugger d = debugger(loop(3), 8, 4);
        d.step();
        d.step();
        StepReport store = d.step();
        assertEquals(2, store.pcBefore());
        assertEquals(3, store.pc());
        assertTrue(store.registers().isEmpty());
        assertEquals(1, store.memory().size());
        StepReport.MemoryChange c = store.memory().get(0);
        assertEquals("stack[0]", c.region());
        assertEquals(504, c.offset());
        assertArrayEquals(new byte[8], c.before());
        assertArrayEquals(new byte[] {3, 0, 0, 0, 0, 0, 0, 0}, c.after());
        StepReport add = d.step();
        assertEquals(List.of(new StepReport.RegisterChange(0, 0, 3)), add.registers());
    }

    @Test
    void stepBackRestoresTheExactEarlierState() {
        Program p = loop(50);
        Debugger d = debugger(p, 4, 8);
        for (int i = 0; i < 120; i++) {
            d.step();
        }
        StepReport back = d.stepBack(37);
        assertEquals(83, back.position());
        assertSameState(reference(p, 83), d.machine());
        // the diff of a backwards move lists the restored bytes
        assertFalse(back.registers().isEmpty());
        d.stepBack();
        assertSameState(reference(p, 82), d.machine());
        d.step();
        assertSameState(reference(p, 83), d.machine());
    }

    @Test
    void snapshotsStayBoundedOnLongRuns() {
        Program p = loop(1_000_000);
        Debugger d = debugger(p, 16, 64);
        StepReport end = d.runToEnd();
        assertEquals(RunStatus.EXITED, end.status(), () -> String.valueOf(end.fault()));
        long total = end.position();
        assertEquals(4_000_003, total);
        assertTrue(d.snapshotCount() <= 17, "snapshots: " + d.snapshotCount());
        assertTrue(d.retainedBytes() < 17 * 8 * 1024, "bytes: " + d.retainedBytes());
        d.stepBack();
        assertEquals(total - 1, d.position());
        assertEquals(6, d.machine().pc());
        d.goTo(1234567);
        assertSameState(reference(p, 1234567), d.machine());
    }

    @Test
    void runToBreakpointStopsBeforeThePc() {
        Debugger d = debugger(loop(5), 8, 16);
        StepReport r = d.runToBreakpoint(Set.of(4));
        assertTrue(r.stoppedAtBreakpoint());
        assertEquals(4, r.pc());
        assertEquals(4, r.position());
        StepReport again = d.runToBreakpoint(Set.of(4));
        assertEquals(4, again.pc());
        assertEquals(8, again.position());
        assertEquals(4, d.machine().register(1));
    }

    @Test
    void stepBackFromAFaultShowsTheStateBeforeIt() {
        Program p = Program.of(AluOp.MOV.imm(R2, 7), Instruction.load(Size.DW, R0, R2, 0), Instruction.exit());
        Debugger d = debugger(p, 8, 16);
        StepReport end = d.runToEnd();
        assertEquals(RunStatus.FAULTED, end.status());
        assertEquals(FaultKind.UNMAPPED, end.fault().kind());
        assertEquals(1, end.position());
        StepReport back = d.stepBack();
        assertEquals(RunStatus.RUNNING, back.status());
        assertEquals(1, back.position());
        assertEquals(1, back.pc());
        assertEquals(7, d.machine().register(2));
        d.stepBack();
        assertEquals(0, d.position());
        assertEquals(0, d.machine().register(2));
    }
}
