package org.bpfplay.engine.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.Debugger;
import org.bpfplay.engine.interp.HelperRegistry;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Register;
import org.junit.jupiter.api.Test;

/** Installation, callbacks (bpf_loop, for_each_map_elem) and replay under the debugger. */
class HelperLibraryTest {
    @Test
    void installsEveryHelperOfTheBriefUnderItsKernelName() {
        HelperRegistry reg = new HelperRegistry();
        HelperLibrary lib = HelperLibrary.registerAll(reg, new WorldState(World.DEFAULT));
        int[] ids = {4, 5, 6, 7, 8, 14, 15, 16, 28, 42, 45, 46, 93, 94, 112, 113, 114, 115, 118, 125, 160, 164, 165,
            173, 177, 181};
        for (int id : ids) {
            assertNotNull(reg.get(id), "helper " + id);
            assertEquals(HelperId.byId(id).kernelName(), reg.get(id).name());
            assertNotNull(HelperProtos.of(id), "prototype of " + id);
        }
        assertTrue(lib.installed().size() >= ids.length);
        assertNull(reg.get(1), "map helpers are the runtime's");
    }

    @Test
    void loopCallsBackAndStopsOnNonZero() {
        Rig rig = new Rig();
        List<long[]> calls = new ArrayList<>();
        rig.library.connect((fn, r1, r2, r3, r4, r5) -> {
            calls.add(new long[] {fn, r1, r2});
            return new Callbacks.Outcome(true, r1 == 3 ? 1 : 0);
        }, null);
        assertEquals(4, rig.r0(HelperId.LOOP, 10, 0x77, 0x55, 0));
        assertEquals(4, calls.size());
        assertEquals(0x77, calls.get(0)[0]);
        assertEquals(0x55, calls.get(2)[2]);
        assertEquals(2, rig.r0(HelperId.LOOP, 2, 0x77, 0, 0), "ran to the end");
        assertEquals(0, rig.r0(HelperId.LOOP, 0, 0x77, 0, 0));
        assertEquals(-22, rig.r0(HelperId.LOOP, 2, 0x77, 0, 1), "flags");
        assertEquals(-7, rig.r0(HelperId.LOOP, (1 << 23) + 1, 0x77, 0, 0), "more than BPF_MAX_LOOPS");
        rig.library.connect((fn, r1, r2, r3, r4, r5) -> new Callbacks.Outcome(false, 0), null);
        assertEquals(0, rig.r0(HelperId.LOOP, 5, 0x77, 0, 0), "a callback that ended the run");
    }

    @Test
    void loopWithoutCallbackSupportIsAClearFault() {
        RunResult r = new Rig().call(HelperId.LOOP, 1, 0x77, 0, 0);
        assertNotNull(r.fault());
        assertTrue(r.fault().toString().contains("callbacks"), r.fault().toString());
    }

    @Test
    void forEachMapElemVisitsUntilStopped() {
        Rig rig = new Rig();
        List<MapElements.Element> elems = List.of(new MapElements.Element(1, 2), new MapElements.Element(3, 4),
                new MapElements.Element(5, 6));
        List<Long> keys = new ArrayList<>();
        rig.library.connect((fn, map, key, value, ctx, r5) -> {
            keys.add(key);
            return new Callbacks.Outcome(true, value == 4 ? 1 : 0);
        }, m -> m == 0x900 ? elems : null);
        assertEquals(2, rig.r0(HelperId.FOR_EACH_MAP_ELEM, 0x900, 0x77, 0, 0), "the stopping element counts");
        assertEquals(List.of(1L, 3L), keys);
        assertEquals(-22, rig.r0(HelperId.FOR_EACH_MAP_ELEM, 0x900, 0x77, 0, 1));
        assertNotNull(rig.call(HelperId.FOR_EACH_MAP_ELEM, 0x901, 0x77, 0, 0).fault(), "not a map");
    }

    @Test
    void steppingBackReplaysTheWorld() {
        // r6 = prandom; r7 = ktime; r0 = prandom ^ ktime; exit
        Program p = Program.of(Instruction.callHelper(7), AluOp.MOV.reg(Register.R6, Register.R0),
                Instruction.callHelper(5), AluOp.XOR.reg(Register.R0, Register.R6), Instruction.exit());
        HelperRegistry reg = new HelperRegistry();
        WorldState world = new WorldState(World.DEFAULT.withSeed(99));
        HelperLibrary.registerAll(reg, world);
        Machine m = new Machine(p, new Memory(), reg);
        m.addExternalState(world);
        Debugger d = new Debugger(m, Budget.DEFAULT);
        d.runToEnd();
        long first = m.returnValue();
        d.goTo(1);
        d.runToEnd();
        assertEquals(first, m.returnValue(), "same values after stepping back");
        WorldState other = new WorldState(World.DEFAULT.withSeed(99));
        HelperRegistry reg2 = new HelperRegistry();
        HelperLibrary.registerAll(reg2, other);
        assertEquals(first, new Machine(p, new Memory(), reg2).run().r0(), "same seed, same run");
    }
}
