package org.bpfplay.engine.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.junit.jupiter.api.Test;

/**
 * What the LLVM-recorded table cannot show: errors with line:column, label rules, the forms LLVM
 * has no syntax for, and robustness against garbage.
 */
class ConformanceAssemblerTest {

    private static List<String> errors(String source) {
        AsmResult r = ConformanceAssembler.assemble(source);
        assertFalse(r.ok(), "expected errors for: " + source);
        assertNull(r.program());
        return r.errors().stream().map(AsmError::toString).collect(Collectors.toList());
    }

    private static Program program(String source) {
        AsmResult r = ConformanceAssembler.assemble(source);
        assertTrue(r.ok(), () -> r.errors().toString());
        return r.program();
    }

    @Test
    void allErrorsAreReportedInOnePassWithLineAndColumn() {
        List<String> e = errors("mov %r0, 1\nfrob %r0\nadd %r0\n  mov %r11x, 1\njne %r0, 1, nowhere\nexit\n");
        assertEquals(List.of(
                "2:1: unknown mnemonic 'frob'",
                "3:1: 'add' expects a destination register and a register or immediate (2 operands), got 1",
                "4:7: expected a register %r0..%r10, got '%r11x'",
                "5:13: unknown label 'nowhere'"), e);
    }

    @Test
    void immediateRanges() {
        assertEquals(List.of("1:10: immediate 0x100000000 is out of the 32-bit range (0x0..ffffffff)"),
                errors("mov %r0, 0x100000000"));
        assertEquals(List.of("1:10: immediate 2147483648 is out of the 32-bit range (-2147483648..2147483647)"),
                errors("mov %r0, 2147483648"));
        assertEquals(List.of("1:11: immediate 0x10000000000000000 does not fit in 64 bits"),
                errors("lddw %r0, 0x10000000000000000"));
        assertEquals(List.of("1:11: offset +32768 is out of the 16-bit range (-32768..32767)"),
                errors("ldxw %r0, [%r1+32768]"));
        assertEquals(List.of("1:10: 'banana' is not a number"), errors("mov %r0, banana"));
        // A hex offset is raw bits: +0xffff is -1.
        assertEquals(-1, program("ldxw %r0, [%r1+0xffff]\nexit").instructions().get(0).offset());
    }

    @Test
    void labelsAndThePredefinedExit() {
        assertEquals(List.of("3:1: duplicate label 'a' (first defined on line 1)"), errors("a:\nexit\na:\nexit"));
        assertEquals(List.of("1:1: '1x' is not a valid label name (letters, digits, '_', '.', '$'; not starting with a digit)"),
                errors("1x:\nexit"));
        // "exit" is the first exit instruction unless the source defines the label itself.
        Program p = program("ja exit\nmov %r0, 1\nexit\nexit:\nexit");
        assertEquals(2, p.instructions().get(0).offset());
        Program q = program("ja exit\nexit\nmov %r0, 1\nexit");
        assertEquals(0, q.instructions().get(0).offset());
        assertEquals(List.of("1:4: unknown label 'exit'"), errors("ja exit"));
        assertEquals(Map.of(2, "L"), program("mov %r0, 1\nja L\nL:\nexit").labels());
    }

    @Test
    void farLabelsDoNotFitA16BitOffset() {
        StringBuilder src = new StringBuilder("ja far\n");
        src.append("lddw %r0, 0\n".repeat(16500)); // two slots each
        src.append("far:\nexit\n");
        assertEquals(List.of("1:4: label 'far' is 33000 slots away, too far for a 16-bit jump offset"), errors(src.toString()));
        // ja32 keeps its offset in the 32-bit imm.
        assertEquals(33000, program(src.toString().replaceFirst("ja far", "ja32 far")).instructions().get(0).imm());
    }

    @Test
    void callFormsWithoutAnLlvmSpelling() {
        // call runtime N: src = BPF_PSEUDO_KFUNC_CALL; LLVM only emits it through a relocation.
        Instruction kfunc = program("call runtime 7\nexit").instructions().get(0);
        assertEquals(new Instruction(0x85, 0, Pseudo.CALL_KFUNC, 0, 7), kfunc);
        assertEquals(new Instruction(0x85, 0, Pseudo.CALL_LOCAL, 0, -2), program("exit\ncall local -2").instructions().get(1));
        assertEquals(List.of("1:6: unknown call mode 'far' (expected helper, local or runtime)"), errors("call far 1"));
    }

    @Test
    void fakeRegistersR11ToR15AreAcceptedAsUpstreamDoes() {
        assertEquals("bf0f000000000000", HexFormat.of().formatHex(program("mov %r15, %r0").toBytes()));
        assertEquals(List.of("1:5: expected a register %r0..%r10, got '%r16'"), errors("mov %r16, 1"));
        assertEquals(List.of("1:5: expected a register %r0..%r10, got 'r1' (write %r1)"), errors("mov r1, 1"));
    }

    @Test
    void operandShapesAreChecked() {
        assertEquals(List.of("1:15: movsx sign-extends a register: expected a register like %r1, got '5'"),
                errors("movsx864 %r0, 5"));
        assertEquals(List.of("1:11: expected a memory operand like [%r1+8], got '%r1'"), errors("ldxw %r0, %r1"));
        assertEquals(List.of("1:11: memory operand is missing its closing ']'"), errors("ldxw %r0, [%r1+2"));
        assertEquals(List.of("1:12: unknown atomic operation 'nand' (expected add, and, or, xor, xchg or cmpxchg)"),
                errors("lock fetch nand [%r10-8], %r1"));
        assertEquals(List.of("1:1: unknown mnemonic 'ldxsdw'"), errors("ldxsdw %r0, [%r1]"));
        assertEquals(List.of("1:1: 'exit' expects no operands (0 operands), got 1"), errors("exit 1"));
    }

    @Test
    void sourceLinesAndSlotsAreKept() {
        Program p = program("# comment\nlddw %r0, 1\n\nmov %r1, 2 # inline\nexit\n");
        assertEquals(3, p.instructions().size());
        assertEquals(4, p.slotCount());
        assertEquals(2, p.sourceLineAt(0));
        assertEquals(4, p.sourceLineAt(2));
        assertEquals(5, p.sourceLineAt(3));
    }

    @Test
    void garbageNeverThrows() {
        String[] inputs = {"", "\n\n", "[", "]", ",,,", "mov", "mov ,", "lock", "lock fetch", "call", "call local",
            "ja", "ja +", "ja -", "jeq %r1, 0x, +1", "lddw %r0, -", "stb [%r1+], 1", "stb [+1], 1", "ldxw %r0, []",
            "x: y: z:", ":", "mov %r0, 1 ]", "le", "be99 %r0", "neg32 %r0, %r1", "call helper", "\u0660\u0661",
            "mov %r0, \u0661", "ldxw %r0, [%r1-0x8000]", "ldxw %r0, [%r1-0x8001]", "\r\r\n"};
        for (String in : inputs) {
            AsmResult r = ConformanceAssembler.assemble(in);
            assertTrue(r.ok() || !r.errors().isEmpty(), in);
        }
        assertTrue(ConformanceAssembler.assemble(null).ok());
    }
}
