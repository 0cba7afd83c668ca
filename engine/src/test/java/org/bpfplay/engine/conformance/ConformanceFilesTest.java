package org.bpfplay.engine.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.ConformanceAssembler;
import org.junit.jupiter.api.Test;

/** Every file of the shared bpf_conformance suite must parse cleanly and assemble. */
class ConformanceFilesTest {

    @Test
    void everyFileParsesAndAssembles() throws IOException {
        Path dir = SharedConformance.require();
        List<Path> files = ConformanceSuite.files(dir);
        assertEquals(313, files.size(), "the suite has 313 .data files");
        List<String> broken = new ArrayList<>();
        int withMemory = 0;
        int raw = 0;
        for (Path file : files) {
            ConformanceTest t = ConformanceSuite.load(file);
            if (t.skipReason() != null || !t.problems().isEmpty() || t.expectedError() != null) {
                broken.add(t.name() + ": " + t.skipReason() + " " + t.problems() + " " + t.expectedError());
                continue;
            }
            withMemory += t.memory().length > 0 ? 1 : 0;
            raw += t.isRaw() ? 1 : 0;
            AsmResult r = ConformanceAssembler.assemble(t.asm());
            if (!r.ok()) {
                broken.add(t.name() + ": " + r.errors());
            } else if (r.program().instructions().isEmpty()) {
                broken.add(t.name() + ": no instructions");
            }
        }
        assertEquals(List.of(), broken);
        // Section counts from the reference notes (isa-and-runtimes.md section 3.1).
        assertEquals(40, withMemory);
        assertEquals(1, raw);
    }

    @Test
    void rawWordsOfLddwEqualItsAssembly() {
        Path dir = SharedConformance.require();
        ConformanceTest t = ConformanceSuite.load(dir.resolve("lddw.data"));
        assertTrue(t.isRaw());
        AsmResult r = ConformanceAssembler.assemble(t.asm());
        assertTrue(r.ok(), () -> r.errors().toString());
        assertArrayEquals(r.program().toBytes(), t.rawBytes());
        assertEquals(0x1122334455667788L, t.expectedResult());
    }

    @Test
    void assemblyErrorsPointAtTheLineInTheFile() {
        ConformanceTest t = ConformanceTestParser.parse("x.data", "# header\n-- asm\nmov %r0, 1\nbogus %r0\nexit\n-- result\n0x1\n");
        AsmResult r = ConformanceAssembler.assemble(t.asm());
        assertEquals(1, r.errors().size());
        assertEquals(4, r.errors().get(0).line());
        assertNull(r.program());
    }
}
