package org.bpfplay.engine.verifier.scalar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays kernel logs recorded by scripts/record-scalar-golden.sh (Linux 6.18, socket_filter,
 * log level 2) and checks that every scalar register state the kernel printed is reproduced by
 * our transfer functions and printed identically.
 */
class ScalarLogReplayTest {
    static final String[] PROGRAMS = {
        "alu64-basic", "alu32-basic", "ctx-loads", "branches-unsigned", "branches-signed",
        "branches-eq-set", "jmp32", "movsx", "endian", "divmod-neg", "mul", "addsub-wrap", "shifts", "branches-regs", "jmp32-more", "consts", "precise", "fork",
    };

    static List<String> log(String name) throws IOException {
        try (InputStream in = ScalarLogReplayTest.class.getResourceAsStream("/verifier/scalar/logs/" + name + ".log")) {
            if (in == null) {
                throw new IOException("missing log " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedStateMatches() {
        return Stream.of(PROGRAMS).map(name -> DynamicTest.dynamicTest(name, () -> {
            LogReplayer r = new LogReplayer();
            r.replay(log(name));
            assertEquals(List.of(), r.problems, name + ": replay problems");
            assertEquals(List.of(), r.mismatches, name + ": state mismatches");
            assertTrue(r.matched > 0, name + ": nothing compared");
        }));
    }

    @Test
    void atLeastSixtyKernelStatesMatched() throws IOException {
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (String name : PROGRAMS) {
            LogReplayer r = new LogReplayer();
            r.replay(log(name));
            total += r.matched;
            r.mismatches.forEach(m -> failures.add(name + ": " + m));
        }
        System.out.println("ScalarLogReplayTest: " + total + " kernel register states matched, "
                + failures.size() + " mismatched");
        assertTrue(total >= 60, "only " + total + " states matched");
    }
}
