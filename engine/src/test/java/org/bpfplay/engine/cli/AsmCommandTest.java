package org.bpfplay.engine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code asm} command, run through {@link Main} as a user would. */
class AsmCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Main().run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void printsOneSlotPerLineInMemoryOrder() throws IOException {
        // Bytes as llvm-mc-19 encodes these forms (see asm/llvm/alu64.hex, ld_imm64.hex, calls.hex).
        Path src = write("p.s", "r0 = 1\nr1 = 0x1234 ll\nexit\n");
        assertEquals(0, run("", "asm", src.toString()), err);
        assertEquals("b700000001000000\n1801000034120000\n0000000000000000\n9500000000000000\n",
                out.replace("\r", ""));
        assertEquals("", err);
    }

    @Test
    void writesRawBytesWithDashO() throws IOException {
        Path src = write("p.s", "r0 = 1\nexit\n");
        Path bin = dir.resolve("p.bin");
        assertEquals(0, run("", "asm", src.toString(), "-o", bin.toString()), err);
        assertArrayEquals(new byte[] {(byte) 0xb7, 0, 0, 0, 1, 0, 0, 0, (byte) 0x95, 0, 0, 0, 0, 0, 0, 0},
                Files.readAllBytes(bin));
        assertEquals("", out);
    }

    @Test
    void readsStdinAndTakesMapsFromTheCommandLine() {
        assertEquals(0, run("r1 = counters ll\nexit\n", "asm", "-", "--map", "counters:array:4:8:1"), err);
        assertEquals("1811000000000000", out.split("\n")[0]);
    }

    @Test
    void assemblyErrorsGoToStderrWithFileLineColumnAndExit1() throws IOException {
        Path src = write("bad.s", "r0 = 1\nr11 = 2\ngoto nowhere\n");
        assertEquals(1, run("", "asm", src.toString()));
        assertEquals("", out);
        String[] lines = err.replace("\r", "").split("\n");
        assertEquals(2, lines.length, err);
        assertTrue(lines[0].startsWith(src + ":2:1: error: unknown register r11"), lines[0]);
        assertTrue(lines[1].startsWith(src + ":3:6: error: label 'nowhere' is not defined"), lines[1]);
    }

    @Test
    void badUsageExits2() throws IOException {
        assertEquals(2, run("", "asm"));
        assertTrue(err.contains("missing FILE"), err);
        assertEquals(2, run("", "asm", "a.s", "b.s"));
        assertEquals(2, run("", "asm", "a.s", "--frob"));
        assertEquals(2, run("", "asm", "a.s", "-o"));
        assertEquals(2, run("", "asm", write("x.s", "exit").toString(), "--map", "m:nosuchtype:4:4:1"));
        assertTrue(err.contains("unknown map type"), err);
        assertEquals(2, run("", "asm", dir.resolve("missing.s").toString()));
        assertTrue(err.contains("cannot read"), err);
    }
}
