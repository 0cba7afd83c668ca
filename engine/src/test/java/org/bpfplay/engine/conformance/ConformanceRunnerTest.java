package org.bpfplay.engine.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.bpfplay.engine.conformance.ConformanceResult.Status;
import org.bpfplay.engine.isa.AluOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's verdicts, with a runner that understands only mov, lddw, ja and exit. */
class ConformanceRunnerTest {
    private final ProgramRunner runner = new MovExitRunner();

    private ConformanceResult check(String text) {
        return ConformanceRunner.check(ConformanceTestParser.parse("t.data", text), runner);
    }

    @Test
    void matchingR0Passes() {
        ConformanceResult r = check("-- asm\nmov %r0, 3\nexit\n-- result\n0x3\n");
        assertEquals(Status.PASS, r.status());
        assertEquals("PASS t.data", r.toString());
    }

    @Test
    void wrongR0FailsWithBothValues() {
        ConformanceResult r = check("-- asm\nmov %r0, -1\nexit\n-- result\n0x1\n");
        assertEquals(Status.FAIL, r.status());
        assertEquals("r0 = 0xffffffffffffffff, expected 0x1", r.reason());
    }

    @Test
    void aRunErrorFails() {
        ConformanceResult r = check("-- asm\nadd %r0, 1\nexit\n-- result\n0x1\n");
        assertEquals(Status.FAIL, r.status());
        assertTrue(r.reason().startsWith("error: unsupported opcode 0x07 at pc 0"), r.reason());
    }

    @Test
    void assemblyErrorsFailWithLineAndColumn() {
        ConformanceResult r = check("-- asm\nmov %r0, 1\nmov %r99, 1\nexit\n-- result\n0x1\n");
        assertEquals(Status.FAIL, r.status());
        assertTrue(r.reason().startsWith("assembly failed: 3:5: "), r.reason());
    }

    @Test
    void rawWordsReplaceTheAssembly() {
        // The asm would give 1; the raw words (mov r0, 2; exit) give 2.
        ConformanceResult r = check("-- asm\nmov %r0, 1\nexit\n-- raw\n0x00000002000000b7\n0x0000000000000095\n-- result\n2\n");
        assertEquals(Status.PASS, r.status(), r.reason());
    }

    @Test
    void memoryLengthReachesTheProgram() {
        assertEquals(Status.PASS, check("-- asm\nmov %r0, %r2\nexit\n-- mem\n00 00 00 01 00 00 00 02\n-- result\n0x8\n").status());
    }

    @Test
    void expectedErrorsCompareExactly() {
        String prog = "-- asm\nadd %r0, 1\nexit\n-- error\n";
        assertEquals(Status.PASS, check(prog + "unsupported opcode 0x07 at pc 0\n").status());
        ConformanceResult wrong = check(prog + "something else\n");
        assertEquals(Status.FAIL, wrong.status());
        assertEquals("error 'unsupported opcode 0x07 at pc 0', expected 'something else'", wrong.reason());
        ConformanceResult ran = check("-- asm\nexit\n-- error\nboom\n");
        assertEquals(Status.FAIL, ran.status());
        assertTrue(ran.reason().contains("expected error 'boom'"), ran.reason());
    }

    @Test
    void skipsAndProblems() {
        assertEquals(Status.SKIP, check("-- asm\nexit\n").status());
        assertEquals(Status.SKIP, check("-- asm\n# nothing\n-- result\n0\n").status());
        assertEquals("no instructions", check("-- asm\n# nothing\n-- result\n0\n").reason());
        assertEquals(Status.FAIL, check("-- asm\nexit\n-- result\nnope\n").status());
    }

    @Test
    void aCrashingRunnerFailsOnlyThatTest() {
        ProgramRunner crashing = (p, m) -> {
            throw new IllegalStateException("bug");
        };
        ConformanceResult r = ConformanceRunner.check(ConformanceTestParser.parse("t.data", "-- asm\nexit\n-- result\n0\n"), crashing);
        assertEquals(Status.FAIL, r.status());
        assertTrue(r.reason().contains("bug"));
    }

    @Test
    void suiteRunsFilesInNameOrderAndSummarises(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.data"), "-- asm\nmov %r0, 1\nexit\n-- result\n0x2\n");
        Files.writeString(dir.resolve("a.data"), "-- asm\nmov32 %r0, -1\nexit\n-- result\n0xffffffff\n");
        Files.writeString(dir.resolve("c.data"), "-- asm\nexit\n");
        Files.writeString(dir.resolve("notes.txt"), "not a test");
        ConformanceReport report = ConformanceSuite.run(dir, runner);
        assertEquals(List.of("PASS a.data", "FAIL b.data: r0 = 0x1, expected 0x2", "SKIP c.data: no result or error section"),
                report.results().stream().map(Object::toString).collect(Collectors.toList()));
        assertEquals("1 passed, 1 failed, 1 skipped", report.summary());
        assertFalse(report.ok());
    }

    @Test
    void summaryLeavesOutSkipsWhenThereAreNone() {
        ConformanceReport report = new ConformanceReport(List.of(ConformanceResult.pass("a"), ConformanceResult.pass("b")));
        assertEquals("2 passed, 0 failed", report.summary());
        assertTrue(report.ok());
    }

    @Test
    void realSuiteThroughTheMovExitRunner() throws IOException {
        Path dir = SharedConformance.require();
        ConformanceReport report = ConformanceSuite.run(dir, runner);
        assertEquals(313, report.results().size());
        assertEquals(0, report.skipped());
        // A file built only from what the stand-in knows must pass; any other must fail on the
        // first instruction it does not know, never on a wrong value.
        for (ConformanceResult r : report.results()) {
            ConformanceTest t = ConformanceSuite.load(dir.resolve(r.name()));
            boolean simple = ConformanceRunner.build(t).program().instructions().stream()
                    .allMatch(i -> i.isExit() || i.isWide() || i.opcode() == 0x05
                            || (i.aluOp() == AluOp.MOV && i.offset() == 0));
            if (simple) {
                assertEquals(Status.PASS, r.status(), r.toString());
            } else {
                assertTrue(r.reason().contains("unsupported opcode"), r.toString());
            }
        }
        assertTrue(report.passed() >= 5, report.summary());
    }
}
