package org.bpfplay.engine.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.progtype.ProgramType;

/**
 * Hostile programs end, with the kernel's verdict: 100k instructions of diamonds (the pushed-branch
 * limit) and a ten-million-round loop (the one-million processed-instruction limit). The kernel's
 * verdict, errno, message and counts are in verifier/bench/kernel-verify-times.tsv, recorded by
 * scripts/measure-kernel-verify-time.sh from the same generator (VerifierBenchPrograms).
 */
class VerifierLimitsTest {
    private static final Path TIMES = Paths.get("src/test/resources/verifier/bench/kernel-verify-times.tsv");

    /** The level-5 (level 1 + stats) row of each program: verdict, errno, processed, ..., message. */
    private static Map<String, String[]> kernelRows() throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        List<String> lines = Files.readAllLines(TIMES, StandardCharsets.UTF_8);
        for (String l : lines) {
            String[] f = l.split("\t", -1);
            if (!l.startsWith("#") && f.length >= 11 && f[1].equals("5")) {
                rows.put(f[0], f);
            }
        }
        return rows;
    }

    private static void agrees(String name, String source) throws IOException {
        String[] k = kernelRows().get(name);
        AsmResult asm = Assembler.assemble(source);
        assertTrue(asm.ok(), asm.errors().toString());
        VerificationResult r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Verifier.verify(asm.program(), VerifierOptions.of(ProgramType.XDP, 0)));
        assertEquals(k[2].equals("accepted"), r.accepted(), name + ": " + r.message());
        assertEquals(k[3], r.errno() == null ? "none" : r.errno().name(), name);
        assertEquals(k[10], r.accepted() ? "-" : r.message(), name);
        assertEquals(Integer.parseInt(k[4]), r.processedInsns(), name);
        assertEquals(Integer.parseInt(k[5]), r.totalStates(), name);
    }

    @Test
    void diamondsHitThePushedBranchLimit() throws IOException {
        agrees("diamonds_100000", VerifierBenchPrograms.pathological().get("diamonds_100000"));
    }

    @Test
    void endlessLoopHitsTheProcessedInstructionLimit() throws IOException {
        agrees("long_loop", VerifierBenchPrograms.pathological().get("long_loop"));
    }

    @Test
    void benchmarkProgramsOfTenThousandInstructionsAgree() throws IOException {
        for (VerifierBenchPrograms.Shape s : VerifierBenchPrograms.Shape.values()) {
            agrees(VerifierBenchPrograms.fileName(s, 10_000).replace(".s", ""), VerifierBenchPrograms.source(s, 10_000));
        }
    }

    @Test
    void rejectedHostileProgramsSayWhy() {
        AsmResult asm = Assembler.assemble(VerifierBenchPrograms.pathological().get("diamonds_100000"));
        VerificationResult r = Verifier.verify(asm.program(), VerifierOptions.of(ProgramType.XDP, 0));
        assertFalse(r.accepted());
        assertEquals("", r.log());
    }
}
