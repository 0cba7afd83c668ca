package org.bpfplay.engine.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.bpfplay.engine.isa.Program;
import org.junit.jupiter.api.Test;

/** runToBreakpoint with a stop check: a run paused from outside stays running where it stopped and can go on. */
class DebuggerStopTest {
    @Test
    void aStopPausesARunBetweenChunksAndTheRunGoesOnAfterwards() {
        Program p = DebuggerTest.loop(1_000_000);   // about 4 million instructions
        Debugger d = new Debugger(ConformanceInterpreter.machine(p, new byte[0]), Budget.instructions(100_000_000));
        AtomicInteger asked = new AtomicInteger();
        StepReport paused = d.runToBreakpoint(List.of(), () -> asked.incrementAndGet() >= 2);
        assertEquals(RunStatus.RUNNING, paused.status());
        assertFalse(paused.stoppedAtBreakpoint());
        assertEquals(2, asked.get());
        assertTrue(d.position() > 0 && d.position() <= 2L * Budget.CHECK_INTERVAL, "paused at " + d.position());
        long at = d.position();
        StepReport rest = d.runToBreakpoint(List.of(), () -> false);
        assertEquals(RunStatus.EXITED, rest.status());
        assertTrue(d.position() > at);
        // the same result as a run never paused
        Debugger whole = new Debugger(ConformanceInterpreter.machine(p, new byte[0]), Budget.instructions(100_000_000));
        whole.runToEnd();
        assertEquals(whole.position(), d.position());
        assertEquals(whole.machine().returnValue(), d.machine().returnValue());
    }
}
