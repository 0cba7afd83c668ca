package org.bpfplay.engine.interp;

import static org.bpfplay.engine.isa.Register.R0;
import static org.bpfplay.engine.isa.Register.R1;
import static org.bpfplay.engine.isa.Register.R2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.isa.Size;
import org.junit.jupiter.api.Test;

/** Regions backed by shared arrays, context fields, the LD_IMM64 hook and helper-made regions. */
class MemoryTest {

    @Test
    void regionWindowIntoAnArrayOwnedElsewhere() {
        byte[] values = new byte[32];
        Memory mem = new Memory();
        int id = mem.add(new Region("value[1]", RegionKind.MAP_VALUE, values, 8, 8, true, List.of()));
        // *(u32 *)(r1 + 4) = 0x01020304; r0 = *(u8 *)(r1 + 4); and one byte past the window faults
        Machine m = new Machine(Program.of(Instruction.storeImm(Size.W, R1, 4, 0x01020304),
                Instruction.load(Size.B, R0, R1, 4), Instruction.exit()), mem, new HelperRegistry());
        m.setRegister(1, Memory.address(id));
        RunResult r = m.run(Budget.instructions(100));
        assertEquals(4, r.r0());
        assertEquals(4, values[12]);
        assertEquals(1, values[15]);
        Machine past = new Machine(Program.of(Instruction.load(Size.W, R0, R1, 5), Instruction.exit()), mem,
                new HelperRegistry());
        past.setRegister(1, Memory.address(id));
        Fault f = past.run(Budget.instructions(100)).fault();
        assertEquals(FaultKind.OUT_OF_BOUNDS, f.kind());
        assertTrue(f.toString().contains("(valid offsets 0..4)"), f.toString());
    }

    @Test
    void anAccessWiderThanTheRegionSaysSo() {
        Memory mem = new Memory();
        int id = mem.add(new Region("two", RegionKind.MAP_VALUE, new byte[2], true));
        Machine m = new Machine(Program.of(Instruction.load(Size.W, R0, R1, 0), Instruction.exit()), mem,
                new HelperRegistry());
        m.setRegister(1, Memory.address(id));
        Fault f = m.run(Budget.instructions(100)).fault();
        assertEquals(FaultKind.OUT_OF_BOUNDS, f.kind());
        assertTrue(f.toString().contains("(the region is only 2 bytes)"), f.toString());
    }

    @Test
    void contextBytesOutsideVirtualFieldsAreOrdinaryMemory() {
        Memory mem = new Memory();
        Region ctx = new Region("ctx", RegionKind.CONTEXT, new byte[16], 0, 16, true,
                List.of(new VirtualField("data", 0, 4)));
        ctx.setVirtual("data", 0x1234_5678_9abcL);
        int id = mem.add(ctx);
        Machine m = new Machine(Program.of(Instruction.storeImm(Size.W, R1, 8, 77),
                Instruction.load(Size.W, R2, R1, 8), Instruction.load(Size.W, R0, R1, 0), AluOp.ADD.reg(R0, R2),
                Instruction.exit()), mem, new HelperRegistry());
        m.setRegister(1, Memory.address(id));
        assertEquals(0x1234_5678_9abcL + 77, m.run(Budget.instructions(100)).r0());
        Machine w = new Machine(Program.of(Instruction.storeImm(Size.W, R1, 0, 1), Instruction.exit()), mem,
                new HelperRegistry());
        w.setRegister(1, Memory.address(id));
        RunResult r = w.run(Budget.instructions(100));
        assertEquals(FaultKind.READ_ONLY, r.fault().kind());
        assertTrue(r.fault().detail().contains("data"), r.fault().detail());
    }

    @Test
    void pseudoLoadsGoThroughTheResolver() {
        Instruction mapLoad = Instruction.loadPseudo(R1, Pseudo.MAP_VALUE, 0, 4);
        Program p = Program.of(mapLoad, Instruction.load(Size.B, R0, R1, 0), Instruction.exit());
        Memory mem = new Memory();
        byte[] value = {0, 0, 0, 0, 42, 0, 0, 0};
        int id = mem.add(new Region("map0 value", RegionKind.MAP_VALUE, value, true));
        Machine m = new Machine(p, mem, new HelperRegistry(),
                (insn, pc) -> insn.src() == Pseudo.MAP_VALUE ? OptionalLong.of(Memory.address(id, insn.nextImm()))
                        : OptionalLong.empty());
        assertEquals(42, m.run(Budget.instructions(100)).r0());
        RunResult none = ConformanceInterpreter.machine(p, new byte[0]).run(Budget.instructions(100));
        assertEquals(FaultKind.INVALID_INSTRUCTION, none.fault().kind());
        assertTrue(none.fault().detail().contains("pseudo"), none.fault().detail());
    }

    @Test
    void regionsAddedByHelpersAndExternalStateRewindWithTheDebugger() {
        // helper 1 "lookup": adds a fresh 8-byte region holding a counter taken from outside state
        long[] counter = {100};
        Memory mem = new Memory();
        HelperRegistry h = new HelperRegistry().register(1, "lookup", c -> {
            byte[] b = new byte[8];
            b[0] = (byte) counter[0]++;
            return Memory.address(c.memory().add(new Region("value", RegionKind.MAP_VALUE, b, true)));
        });
        Program p = Program.of(Instruction.callHelper(1), Instruction.load(Size.B, R2, R0, 0),
                Instruction.callHelper(1), Instruction.load(Size.B, R0, R0, 0), AluOp.ADD.reg(R0, R2),
                Instruction.exit());
        Machine m = new Machine(p, mem, h);
        m.addExternalState(new ExternalState() {
            @Override
            public Object save() {
                return counter[0];
            }

            @Override
            public void restore(Object saved) {
                counter[0] = (Long) saved;
            }
        });
        int before = mem.regionCount();
        Debugger d = new Debugger(m, Budget.instructions(100), 4, 1);
        assertEquals(201, d.runToEnd().position() == 6 ? m.returnValue() : -1);
        assertEquals(before + 2, mem.regionCount());
        d.goTo(1);
        assertEquals(before + 1, mem.regionCount());
        assertEquals(101, counter[0]);
        d.runToEnd();
        assertEquals(201, m.returnValue());
    }
}
