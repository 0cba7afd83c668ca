package org.bpfplay.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code disasm} through {@link Main}, as a user runs it. */
class DisasmCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main().run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p.toString();
    }

    @Test
    void hexFileInBothSyntaxes() throws Exception {
        String f = file("p.hex", "# r0 = 0; r1 = 0x123456789 ll; exit\nb700000000000000\n"
                + "18010000 89674523 00000000 01000000  # ld_imm64\n9500000000000000\n");
        Result kernel = run("disasm", f, "--syntax", "kernel");
        assertEquals(0, kernel.code(), kernel.err());
        assertEquals("0: (b7) r0 = 0\n1: (18) r1 = 0x123456789\n3: (95) exit\n", kernel.out());
        Result llvm = run("disasm", "--syntax=llvm", f);
        assertEquals(0, llvm.code(), llvm.err());
        assertEquals("       0:\tb7 00 00 00 00 00 00 00\tr0 = 0x0\n"
                + "       1:\t18 01 00 00 89 67 45 23 00 00 00 00 01 00 00 00\tr1 = 0x123456789 ll\n"
                + "       3:\t95 00 00 00 00 00 00 00\texit\n", llvm.out());
        assertEquals(llvm.out(), run("disasm", f).out(), "LLVM syntax is the default");
    }

    @Test
    void binFile() throws Exception {
        Path p = dir.resolve("p.bin");
        Files.write(p, HexFormat.of().parseHex("bf1200000000000007020000f8ffffff9500000000000000"));
        Result r = run("disasm", p.toString(), "--syntax", "kernel");
        assertEquals(0, r.code(), r.err());
        assertEquals("0: (bf) r2 = r1\n1: (07) r2 += -8\n2: (95) exit\n", r.out());
    }

    @Test
    void invalidInstructionsAreReportedWithTheirSlot() throws Exception {
        String f = file("bad.hex", "b700000000000000 0e00000000000000 8701000005000000 9500000000000000");
        Result r = run("disasm", f, "--syntax", "kernel");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("1: (0e) if w0 jmp w0 goto pc+0"), r.out());
        assertTrue(r.err().contains("insn 1: unknown opcode 0e"), r.err());
        assertTrue(r.err().contains("insn 2: BPF_NEG uses reserved fields"), r.err());
    }

    @Test
    void layoutErrorsAreReported() throws Exception {
        Result trailing = run("disasm", file("t.hex", "9500000000000000 b700"));
        assertEquals(1, trailing.code());
        assertTrue(trailing.err().contains("insn 1: program length 10 bytes is not a multiple of 8"), trailing.err());
        Result lddw = run("disasm", file("l.hex", "1801000001000000"));
        assertEquals(1, lddw.code());
        assertTrue(lddw.err().contains("insn 0: ld_imm64 (0x18) is missing its second half"), lddw.err());
        Result odd = run("disasm", file("o.hex", "950"));
        assertEquals(1, odd.code());
        assertTrue(odd.err().contains("odd number of hex digits"), odd.err());
        Result notHex = run("disasm", file("x.hex", "95\n00zz"));
        assertEquals(1, notHex.code());
        assertTrue(notHex.err().contains("x.hex:2:3: error: 'z' is not a hex digit"), notHex.err());
    }

    @Test
    void usageErrors() throws Exception {
        assertEquals(2, run("disasm").code());
        assertEquals(2, run("disasm", file("a.hex", "9500000000000000"), "--syntax", "intel").code());
        assertEquals(2, run("disasm", dir.resolve("missing.hex").toString()).code());
        assertEquals(2, run("disasm", "a.hex", "b.hex").code());
        assertEquals(2, run("disasm", "--frobnicate").code());
        Result other = run("disasm", file("p.txt", "9500000000000000"));
        assertEquals(1, other.code());
        assertTrue(other.err().contains("expected .s (assembly), .bin (raw bytes) or .hex (hex text)"), other.err());
    }

    @Test
    void assemblyInputIsAssembledThenListed() throws Exception {
        Result asm = run("disasm", file("p.s", "r0 = 0x1122334455667788 ll\nexit\n"), "--syntax", "kernel");
        assertEquals(0, asm.code(), asm.err());
        assertEquals("0: (18) r0 = 0x1122334455667788\n2: (95) exit\n", asm.out().replace("\r", ""));

        Result bad = run("disasm", file("q.s", "r0 = 1\nr11 = 2\n"));
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("q.s:2:1: error: unknown register r11"), bad.err());
    }
}
