package org.bpfplay.engine.interp;

import static org.bpfplay.engine.isa.Register.R0;
import static org.bpfplay.engine.isa.Register.R1;
import static org.bpfplay.engine.isa.Register.R2;
import static org.bpfplay.engine.isa.Register.R3;
import static org.bpfplay.engine.isa.Register.R10;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.AtomicOp;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.JumpOp;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Size;
import org.junit.jupiter.api.Test;

/** Runtime faults, budgets, helpers, calls and may_goto of {@link Machine}. */
class MachineTest {

    static RunResult run(byte[] memory, Instruction... insns) {
        return ConformanceInterpreter.machine(Program.of(insns), memory).run(Budget.instructions(100_000_000));
    }

    @Test
    void outOfBoundsLoadIsAPreciseFault() {
        RunResult r = run(new byte[8], Instruction.load(Size.W, R0, R1, 6), Instruction.exit());
        assertEquals(RunStatus.FAULTED, r.status());
        Fault f = r.fault();
        assertEquals(FaultKind.OUT_OF_BOUNDS, f.kind());
        assertEquals(0, f.pc());
        assertEquals("memory", f.region());
        assertEquals(4, f.size());
        assertEquals(Memory.address(9, 6), f.address());
        assertEquals(0, r.instructions());
    }

    @Test
    void accessBeforeARegionIsAttributedToIt() {
        RunResult r = run(new byte[8], Instruction.load(Size.B, R0, R1, -1), Instruction.exit());
        assertEquals(FaultKind.OUT_OF_BOUNDS, r.fault().kind());
        assertEquals("memory", r.fault().region());
    }

    @Test
    void nullPointerIsUnmapped() {
        RunResult r = run(new byte[0], Instruction.load(Size.DW, R0, R1, 0), Instruction.exit());
        assertEquals(FaultKind.UNMAPPED, r.fault().kind());
        assertTrue(r.fault().toString().contains("null pointer"), r.fault().toString());
    }

    @Test
    void stackOverflowBelowTheFrameFaults() {
        RunResult r = run(new byte[0], Instruction.storeImm(Size.DW, R10, -520, 1), Instruction.exit());
        assertEquals(FaultKind.OUT_OF_BOUNDS, r.fault().kind());
        assertEquals("stack[0]", r.fault().region());
    }

    @Test
    void readOnlyRegionRejectsStores() {
        Memory mem = new Memory();
        Machine m = new Machine(Program.of(Instruction.storeImm(Size.B, R1, 0, 1), Instruction.exit()), mem,
                new HelperRegistry());
        m.setRegister(1, Memory.address(mem.add(new Region("rodata", RegionKind.READ_ONLY, new byte[4], false))));
        RunResult r = m.run(Budget.instructions(100_000_000));
        assertEquals(FaultKind.READ_ONLY, r.fault().kind());
    }

    @Test
    void narrowLoadOfAVirtualContextFieldFaults() {
        Memory mem = new Memory();
        Machine m = new Machine(Program.of(Instruction.load(Size.H, R0, R1, 0), Instruction.exit()), mem,
                new HelperRegistry());
        Region ctx = new Region("xdp_md", RegionKind.CONTEXT, new byte[24], 0, 24, false,
                List.of(new VirtualField("data", 0, 4)));
        m.setRegister(1, Memory.address(mem.add(ctx)));
        RunResult r = m.run(Budget.instructions(100_000_000));
        assertEquals(FaultKind.BAD_CONTEXT_ACCESS, r.fault().kind());
    }

    @Test
    void misalignedAtomicFaults() {
        RunResult r = run(new byte[0], AluOp.MOV.imm(R2, 1),
                Instruction.atomic(AtomicOp.ADD, false, Size.DW, R10, -12, R2), Instruction.exit());
        assertEquals(FaultKind.MISALIGNED, r.fault().kind());
        assertEquals(1, r.fault().pc());
    }

    @Test
    void unknownHelperAndInvalidInstructionsAreFaults() {
        assertEquals(FaultKind.UNKNOWN_HELPER, run(new byte[0], Instruction.callHelper(99), Instruction.exit())
                .fault().kind());
        RunResult bad = run(new byte[0], new Instruction(0xff, 0, 0, 0, 0), Instruction.exit());
        assertEquals(FaultKind.INVALID_INSTRUCTION, bad.fault().kind());
        assertTrue(bad.fault().detail().contains("0xff"), bad.fault().detail());
        RunResult fp = run(new byte[0], AluOp.MOV.imm(R10, 0), Instruction.exit());
        assertTrue(fp.fault().detail().contains("read only"), fp.fault().detail());
        assertEquals(FaultKind.FELL_OFF_END, run(new byte[0], AluOp.MOV.imm(R0, 0)).fault().kind());
        // a jump into the second half of ld_imm64
        RunResult mid = run(new byte[0], Instruction.ja(1), Instruction.loadImm64(R0, 5), Instruction.exit());
        assertEquals(FaultKind.INVALID_INSTRUCTION, mid.fault().kind());
        assertEquals(2, mid.fault().pc());
    }

    @Test
    void instructionBudgetStopsAnEndlessLoop() {
        Machine m = ConformanceInterpreter.machine(Program.of(Instruction.ja(-1)), new byte[0]);
        RunResult r = m.run(Budget.instructions(100_000));
        assertEquals(FaultKind.INSN_LIMIT, r.fault().kind());
        assertEquals(100_000, r.instructions());
    }

    @Test
    void wallClockBudgetStopsAnEndlessLoop() {
        Machine m = ConformanceInterpreter.machine(Program.of(Instruction.ja(-1)), new byte[0]);
        RunResult r = m.run(new Budget(Long.MAX_VALUE, 20_000_000L));
        assertEquals(FaultKind.TIME_LIMIT, r.fault().kind());
    }

    @Test
    void mayGotoAllowsBpfMaxLoopsIterationsPerFrame() {
        // r0 = 0; loop: may_goto +2; r0 += 1; goto loop; exit
        RunResult r = run(new byte[0], AluOp.MOV.imm(R0, 0), new Instruction(0xe5, 0, 0, 2, 0),
                AluOp.ADD.imm(R0, 1), Instruction.ja(-3), Instruction.exit());
        assertTrue(r.exited(), r::toString);
        assertEquals(Machine.MAX_LOOPS, r.r0());
    }

    @Test
    void ninthNestedCallOverflows() {
        // each function calls the next one: main -> f1 -> ... ; 8 frames allowed
        List<Instruction> p = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            p.add(Instruction.callLocal(1));
            p.add(Instruction.exit());
        }
        p.add(AluOp.MOV.imm(R0, 3));
        p.add(Instruction.exit());
        RunResult r = run(new byte[0], p.toArray(new Instruction[0]));
        assertEquals(FaultKind.CALL_DEPTH, r.fault().kind());
        assertEquals(14, r.fault().pc());
        List<Instruction> ok = new ArrayList<>(p.subList(0, 14));
        ok.add(AluOp.MOV.imm(R0, 3));
        ok.add(Instruction.exit());
        assertEquals(3, run(new byte[0], ok.toArray(new Instruction[0])).r0());
    }

    @Test
    void eachFrameHasItsOwnStack() {
        // main: *(fp-8) = 11; call f; r0 = *(fp-8) + r0; f: *(fp-8) = 22; r0 = *(fp-8)
        RunResult r = run(new byte[0], Instruction.storeImm(Size.DW, R10, -8, 11), Instruction.callLocal(3),
                Instruction.load(Size.DW, R1, R10, -8), AluOp.ADD.reg(R0, R1), Instruction.exit(),
                Instruction.storeImm(Size.DW, R10, -8, 22), Instruction.load(Size.DW, R0, R10, -8), Instruction.exit());
        assertEquals(33, r.r0());
    }

    @Test
    void conformanceHelpers() {
        byte[] mem = "abc\0abd\0".getBytes(StandardCharsets.ISO_8859_1);
        // strcmp_ext("abc", "abd") = 'c' - 'd'
        RunResult cmp = run(mem, AluOp.MOV.reg(R2, R1), AluOp.ADD.imm(R2, 4), Instruction.callHelper(4),
                Instruction.exit());
        assertEquals(-1, cmp.r0());
        RunResult sq = run(new byte[0], AluOp.MOV.imm(R1, 1_000_000), Instruction.callHelper(3), Instruction.exit());
        assertEquals(1000, sq.r0());
        RunResult gb = run(new byte[0], AluOp.MOV.imm(R1, 0x11), AluOp.MOV.imm(R2, 0x22), AluOp.MOV.imm(R3, 0x33),
                AluOp.MOV.imm(org.bpfplay.engine.isa.Register.R4, 0x44),
                AluOp.MOV.imm(org.bpfplay.engine.isa.Register.R5, 0x55), Instruction.callHelper(0), Instruction.exit());
        assertEquals(0x1122334455L, gb.r0());
        // memfrob the 8 bytes, then read the first one back: 'a' ^ 42
        RunResult fr = run(mem, AluOp.MOV.reg(R3, R1), AluOp.MOV.imm(R2, 8), Instruction.callHelper(1),
                Instruction.load(Size.B, R0, R3, 0), Instruction.exit());
        assertEquals('a' ^ 42, fr.r0());
        // memfrob beyond the memory is a fault naming the helper
        RunResult bad = run(mem, AluOp.MOV.imm(R2, 9), Instruction.callHelper(1), Instruction.exit());
        assertEquals(FaultKind.OUT_OF_BOUNDS, bad.fault().kind());
        assertTrue(bad.fault().detail().contains("memfrob"), bad.fault().detail());
    }

    @Test
    void unwindWithZeroEndsTheProgramWithZero() {
        RunResult r = run(new byte[0], AluOp.MOV.imm(R1, 0), Instruction.callHelper(5), AluOp.MOV.imm(R0, 2),
                Instruction.exit());
        assertTrue(r.exited());
        assertEquals(0, r.r0());
        assertEquals(2, r.instructions());
    }

    @Test
    void helperExceptionsBecomeFaults() {
        HelperRegistry h = new HelperRegistry().register(7, "boom", c -> {
            throw new IllegalStateException("bug");
        });
        Machine m = new Machine(Program.of(Instruction.callHelper(7), Instruction.exit()), new Memory(), h);
        RunResult r = m.run(Budget.instructions(100_000_000));
        assertEquals(FaultKind.HELPER_ERROR, r.fault().kind());
        assertNull(m.memory().lastFault());
    }

    @Test
    void conditionalJumpsCompareUnsignedAndSigned() {
        // r1 = -1: unsigned it is greater than 1, signed it is less
        RunResult r = run(new byte[0], AluOp.MOV.imm(R1, -1), AluOp.MOV.imm(R0, 0), JumpOp.JGT.imm(R1, 1, 1),
                Instruction.exit(), JumpOp.JSLT.imm(R1, 1, 1), Instruction.exit(), AluOp.MOV.imm(R0, 1),
                JumpOp.JGT.imm32(R1, -2, 1), AluOp.MOV.imm(R0, 2), Instruction.exit());
        assertEquals(1, r.r0());
    }
}
