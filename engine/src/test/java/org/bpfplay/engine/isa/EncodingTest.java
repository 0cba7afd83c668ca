package org.bpfplay.engine.isa;

import static org.bpfplay.engine.isa.Register.R0;
import static org.bpfplay.engine.isa.Register.R1;
import static org.bpfplay.engine.isa.Register.R10;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class EncodingTest {
    private static String hex(Instruction insn) {
        return HexFormat.of().formatHex(Encoding.encode(insn));
    }

    @Test
    void buildersProduceTheKernelOpcodes() {
        assertEquals("b701000016000000", hex(AluOp.MOV.imm(R1, 22)));
        assertEquals("0f01000000000000", hex(AluOp.ADD.reg(R1, R0)));
        assertEquals("0c10000000000000", hex(AluOp.ADD.reg32(R0, R1)));
        assertEquals("7b1af8ff00000000", hex(Instruction.store(Size.DW, R10, -8, R1)));
        assertEquals("6110040000000000", hex(Instruction.load(Size.W, R0, R1, 4)));
        assertEquals("1500020000000000", hex(JumpOp.JEQ.imm(R0, 0, 2)));
        assertEquals("db1a0000f1000000", hex(Instruction.atomic(AtomicOp.CMPXCHG, true, Size.DW, R10, 0, R1)));
        assertEquals("9500000000000000", hex(Instruction.exit()));
    }

    @Test
    void ldImm64TakesTwoSlotsAndRoundTrips() {
        Instruction lddw = Instruction.loadImm64(R1, 0x1122334455667788L);
        assertEquals("18010000887766550000000044332211", hex(lddw));
        Encoding.Decoded d = Encoding.decode(Encoding.encode(List.of(lddw, Instruction.exit())));
        assertTrue(d.ok());
        assertEquals(List.of(lddw, Instruction.exit()), d.instructions());
    }

    @Test
    void negativeFieldsRoundTrip() {
        Instruction insn = new Instruction(0x07, 3, 0, -32768, Integer.MIN_VALUE);
        assertEquals(insn, Encoding.decode(Encoding.encode(insn)).instructions().get(0));
    }

    @Test
    void layoutErrorsAreReportedNotThrown() {
        Encoding.Decoded truncated = Encoding.decode(HexFormat.of().parseHex("1801000001000000"));
        assertFalse(truncated.ok());
        assertEquals(0, truncated.errors().get(0).slot());

        Encoding.Decoded ragged = Encoding.decode(HexFormat.of().parseHex("95000000000000000102"));
        assertEquals(1, ragged.instructions().size());
        assertTrue(ragged.errors().get(0).message().contains("not a multiple of 8"));

        Encoding.Decoded badHalf = Encoding.decode(HexFormat.of().parseHex("18010000010000000700000002000000"));
        assertEquals(1, badHalf.errors().size());
        assertEquals(1, badHalf.errors().get(0).slot());
    }

    @Test
    void programMapsSlotsToInstructions() {
        Program p = Program.of(AluOp.MOV.imm(R0, 0), Instruction.loadImm64(R1, 5), Instruction.exit());
        assertEquals(4, p.slotCount());
        assertEquals(3, p.pcOf(2));
        assertEquals(-1, p.indexAt(2));
        assertEquals(Instruction.exit(), p.at(3));
    }
}
