package org.bpfplay.engine.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bpfplay.engine.disasm.Disassembler.Syntax;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.isa.Pseudo;
import org.bpfplay.engine.isa.Register;
import org.junit.jupiter.api.Test;

/** Whole listings against objdump's and the kernel's, plus the documented deviations. */
class DisassemblerTest {
    private static final Pattern OBJDUMP_LINE = Pattern.compile(" *\\d+:\t([0-9a-f ]+)\t.*");

    private static String resource(String name) throws IOException {
        try (InputStream in = DisassemblerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The program of an objdump listing, rebuilt from its raw-bytes column. */
    private static Program programOf(List<String> objdumpLines) {
        StringBuilder hex = new StringBuilder();
        for (String line : objdumpLines) {
            Matcher m = OBJDUMP_LINE.matcher(line);
            assertTrue(m.matches(), line);
            hex.append(m.group(1).replace(" ", ""));
        }
        return Program.of(Encoding.decode(HexFormat.of().parseHex(hex)).instructions());
    }

    @Test
    void llvmListingIsObjdumps() throws Exception {
        for (String name : List.of("/disasm/llvm-listing-call.txt", "/disasm/llvm-listing-jump.txt")) {
            List<String> expected = resource(name).lines().toList();
            assertEquals(expected, Disassembler.listing(programOf(expected), Syntax.LLVM), name);
        }
    }

    @Test
    void kernelListingIsTheVerifierLogs() throws Exception {
        // call.s in the kernel's log: pc, ": ", the instruction; an ld_imm64 advances the pc by two
        List<String> expected = new ArrayList<>();
        StringBuilder hex = new StringBuilder();
        for (String[] row : Golden.rows("/disasm/kernel-golden.tsv")) {
            if (row[0].equals("call.s")) {
                expected.add(row[1] + ": " + row[3]);
                hex.append(row[2]);
            }
        }
        assertTrue(expected.size() > 5);
        Program p = Program.of(Encoding.decode(HexFormat.of().parseHex(hex)).instructions());
        assertEquals(expected, Disassembler.listing(p, Syntax.KERNEL));
    }

    @Test
    void toStringIsLlvmSyntax() {
        assertEquals("r0 = 0x0", new Instruction(0xb7, 0, 0, 0, 0).toString());
        assertEquals("r1 = 0x123456789 ll", Instruction.loadImm64(Register.R1, 0x123456789L).toString());
    }

    @Test
    void mapReferencesPrintFakeAddresses() {
        Instruction map0 = Instruction.loadPseudo(Register.R1, Pseudo.MAP_FD, 0, 0);
        Instruction map2Value = Instruction.loadPseudo(Register.R2, Pseudo.MAP_VALUE, 2, 8);
        assertEquals("(18) r1 = 0x" + Long.toHexString(KernelSyntax.FAKE_MAP_BASE), Disassembler.format(map0, Syntax.KERNEL));
        long value = KernelSyntax.FAKE_MAP_BASE + 2 * KernelSyntax.FAKE_MAP_STRIDE + KernelSyntax.FAKE_VALUE_OFFSET + 8;
        assertEquals("(18) r2 = 0x" + Long.toHexString(value), Disassembler.format(map2Value, Syntax.KERNEL));
    }

    @Test
    void acquireReleaseUseLaterLlvmSyntax() {
        // LLVM 19 cannot print these (documented deviation); the kernel forms are in kernel-golden.tsv
        assertEquals("r0 = load_acquire((u64 *)(r10 - 0x8))", LlvmSyntax.format(new Instruction(0xdb, 0, 10, -8, 0x100)));
        assertEquals("store_release((u8 *)(r10 - 0x8), r2)", LlvmSyntax.format(new Instruction(0xd3, 10, 2, -8, 0x110)));
    }

    @Test
    void kernelBugFormsForInvalidEncodings() {
        // kernel/bpf/disasm.c: forms the verifier never lets through to its log
        assertEquals("BUG_33", KernelSyntax.format(new Instruction(0x33, 1, 2, 0, 0)));
        assertEquals("BUG_st_22", KernelSyntax.format(new Instruction(0x22, 1, 0, 0, 0)));
        assertEquals("BUG_ldx_21", KernelSyntax.format(new Instruction(0x21, 1, 0, 0, 0)));
        assertEquals("BUG_ld_00", KernelSyntax.format(new Instruction(0x00, 1, 0, 0, 0)));
        assertEquals("(c2) nospec", KernelSyntax.format(new Instruction(0xc2, 0, 0, 0, 0)));
        assertEquals("BUG_db", KernelSyntax.format(new Instruction(0xdb, 1, 2, 0, 0x02)));
        assertEquals("(85) call kernel-function#7", KernelSyntax.format(new Instruction(0x85, 0, Pseudo.CALL_KFUNC, 0, 7)));
    }

    @Test
    void everyEncodingFormatsWithoutThrowing() {
        for (int op = 0; op < 256; op++) {
            for (int regs : new int[] {0x00, 0x21, 0xa1, 0xbc, 0xff}) {
                for (int off : new int[] {-32768, -1, 0, 1, 8, 16, 32767}) {
                    long imm = op == 0x18 ? Long.MIN_VALUE + op : Integer.MIN_VALUE + op * off;
                    Instruction insn = new Instruction(op, regs & 15, regs >> 4, off, imm);
                    assertTrue(!Disassembler.format(insn, Syntax.KERNEL).isEmpty());
                    assertTrue(!Disassembler.format(insn, Syntax.LLVM).isEmpty());
                }
            }
        }
    }
}
