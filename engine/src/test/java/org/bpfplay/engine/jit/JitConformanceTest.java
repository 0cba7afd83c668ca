package org.bpfplay.engine.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.bpfplay.engine.conformance.ConformanceReport;
import org.bpfplay.engine.conformance.ConformanceResult;
import org.bpfplay.engine.conformance.ConformanceSuite;
import org.bpfplay.engine.conformance.ProgramRunner;
import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.interp.ConformanceInterpreter;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.isa.Program;
import org.junit.jupiter.api.Test;

/**
 * The whole bpf_conformance suite through the JIT: every file must pass, every program must be
 * accepted by the JVM (the class-file writer rejects nothing valid), and each run must end exactly
 * as the interpreter's (result, fault, count, registers).
 */
class JitConformanceTest {

    /** shared/conformance found as the other conformance tests find it (property bpfplay.shared or walking up). */
    static Path suite() {
        String prop = System.getProperty("bpfplay.shared");
        Path dir = null;
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop);
            dir = Files.isDirectory(p.resolve("conformance")) ? p.resolve("conformance") : p;
        } else {
            for (Path p = Path.of("").toAbsolutePath(); p != null && dir == null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("shared").resolve("conformance"))) {
                    dir = p.resolve("shared").resolve("conformance");
                }
            }
        }
        assumeTrue(dir != null && Files.isDirectory(dir), "bpf_conformance suite not found: no shared/conformance above "
                + Path.of("").toAbsolutePath() + " (set -Dbpfplay.shared=DIR)");
        return dir;
    }

    @Test
    void theWholeSuitePassesThroughTheJit() throws IOException {
        List<String> refused = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int[] compiled = {0};
        ProgramRunner runner = (Program program, byte[] memory) -> {
            Machine interp = ConformanceInterpreter.machine(program, memory);
            Machine jit = ConformanceInterpreter.machine(program, memory);
            JitResult jr = Jit.attach(jit);
            if (jr.ok()) {
                compiled[0]++;
            } else if (!jr.refusal().startsWith("no instruction")) {
                refused.add(program.instructions().size() + " insns: " + jr);
            }
            RunResult a = interp.run(Budget.DEFAULT);
            RunResult b = jit.run(Budget.DEFAULT);
            if (!a.equals(b) || !Arrays.equals(interp.registers(), jit.registers())) {
                disagreements.add("interpreter " + a + " / jit " + b);
            }
            return b.exited() ? new ProgramRunner.Outcome(b.r0(), null)
                    : new ProgramRunner.Outcome(0, String.valueOf(b.fault()));
        };
        ConformanceReport report = ConformanceSuite.run(suite(), runner);
        String failures = report.results().stream()
                .filter(r -> r.status() != ConformanceResult.Status.PASS)
                .map(Object::toString)
                .collect(Collectors.joining("\n"));
        assertEquals("313 passed, 0 failed", report.summary(), failures);
        assertEquals(List.of(), refused);
        assertEquals(List.of(), disagreements);
        assertTrue(compiled[0] >= 300, "programs compiled: " + compiled[0]);
    }
}
