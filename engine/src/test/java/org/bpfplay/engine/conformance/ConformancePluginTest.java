package org.bpfplay.engine.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The plugin protocol as the bpf_conformance runner speaks it (isa-and-runtimes.md section 2). */
class ConformancePluginTest {
    /** mov %r0, %r2; exit, as the runner writes it: two hex digits and two spaces per byte. */
    private static final String MOV_R0_R2_EXIT = "bf  20  00  00  00  00  00  00  95  00  00  00  00  00  00  00  ";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return ConformancePlugin.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.US_ASCII)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new MovExitRunner());
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void programOnStdinNoMemory() {
        assertEquals(0, run(MOV_R0_R2_EXIT + "\n"));
        assertEquals("0\n", stdout());
    }

    @Test
    void memoryIsTheFirstArgumentWithDoubleSpaces() {
        assertEquals(0, run(MOV_R0_R2_EXIT + "\n", "aa  bb  11  22  cc  dd  "));
        assertEquals("6\n", stdout());
    }

    @Test
    void unknownOptionsAreIgnoredWithOrWithoutMemory() {
        assertEquals(0, run(MOV_R0_R2_EXIT + "\n", "01  02  03  ", "--debug", "--jit"));
        assertEquals("3\n", stdout());
        out.reset();
        assertEquals(0, run(MOV_R0_R2_EXIT + "\n", "--debug"));
        assertEquals("0\n", stdout());
    }

    @Test
    void programAsAnOption() {
        // lddw %r0, 0x1122334455667788; exit
        assertEquals(0, run("", "--program", "1800000088776655 0000000044332211 9500000000000000"));
        assertEquals("1122334455667788\n", stdout());
    }

    @Test
    void r0IsPrintedAsUnsignedHex() {
        // mov %r0, -1; exit
        assertEquals(0, run("b7  00  00  00  ff  ff  ff  ff  95  00  00  00  00  00  00  00\n"));
        assertEquals("ffffffffffffffff\n", stdout());
    }

    @Test
    void aRunErrorGoesToStdoutWithExitOne() {
        // add %r0, 1; exit
        assertEquals(1, run("07  00  00  00  01  00  00  00  95  00  00  00  00  00  00  00\n"));
        assertEquals("unsupported opcode 0x07 at pc 0\n", stdout());
    }

    @Test
    void malformedInputFailsClearly() {
        assertEquals(1, run(""));
        assertEquals("no program: expected one line of base16 instructions on stdin\n", stdout());
        out.reset();
        assertEquals(1, run("b7  00  zz\n"));
        assertEquals("program: token 3 'zz' is not a byte in hex\n", stdout());
        out.reset();
        assertEquals(1, run("b7  00  00  00  00  00  00\n"));
        assertEquals("insn 0: program length 7 bytes is not a multiple of 8 (trailing 7 bytes)\n", stdout());
        out.reset();
        assertEquals(1, run(MOV_R0_R2_EXIT + "\n", "--elf"));
        out.reset();
        assertEquals(1, run("", "--program"));
    }

    @Test
    void aCrashingRunnerStillAnswersOnStdout() {
        ProgramRunner crashing = (p, m) -> {
            throw new IllegalStateException("bug");
        };
        int code = ConformancePlugin.run(List.of(), new ByteArrayInputStream((MOV_R0_R2_EXIT + "\n").getBytes(StandardCharsets.US_ASCII)),
                new PrintStream(out, true, StandardCharsets.UTF_8), crashing);
        assertEquals(1, code);
        assertEquals("internal error: java.lang.IllegalStateException: bug\n", stdout());
    }
}
