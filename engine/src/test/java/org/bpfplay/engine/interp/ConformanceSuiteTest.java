package org.bpfplay.engine.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bpfplay.engine.conformance.ProgramRunner;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every bpf_conformance .data file of /work/shared/conformance through {@link ConformanceRunner}
 * (programs translated by the test-only {@link MiniConformanceAsm}, or taken from {@code -- raw}) and
 * compares r0 with the file's {@code -- result}. The expected values are the suite's own.
 */
class ConformanceSuiteTest {

    /** Finds shared/conformance upwards from the working directory, or via -Dbpfplay.shared. */
    static Path suiteDir() {
        String prop = System.getProperty("bpfplay.shared");
        if (prop != null) {
            Path p = Paths.get(prop, "conformance");
            return Files.isDirectory(p) ? p : null;
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("shared").resolve("conformance");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    record TestFile(List<String> asm, List<String> raw, byte[] mem, Long result) {
    }

    static TestFile parse(Path file) throws IOException {
        List<String> asm = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        List<String> mem = new ArrayList<>();
        String result = null;
        String section = "";
        for (String line : Files.readAllLines(file)) {
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (line.contains("--")) {
                section = line.contains("asm") ? "asm" : line.contains("result") ? "result" : line.contains("mem")
                        ? "mem" : line.contains("raw") ? "raw" : "ignore";
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            switch (section) {
                case "asm" -> asm.add(line);
                case "raw" -> raw.add(line);
                case "mem" -> mem.add(line);
                case "result" -> result = line.trim();
                default -> {
                }
            }
        }
        List<Byte> bytes = new ArrayList<>();
        for (String l : mem) {
            for (String tok : l.trim().split("\\s+")) {
                bytes.add((byte) Integer.parseInt(tok, 16));
            }
        }
        byte[] m = new byte[bytes.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = bytes.get(i);
        }
        Long res = result == null ? null : result.contains("0x") || result.contains("0X")
                ? Long.parseUnsignedLong(result.substring(result.toLowerCase().indexOf("0x") + 2), 16)
                : Long.parseUnsignedLong(result);
        return new TestFile(asm, raw, m, res);
    }

    static Program program(TestFile t) {
        if (!t.raw().isEmpty()) {
            List<Long> words = new ArrayList<>();
            for (String l : t.raw()) {
                for (String tok : l.trim().split("\\s+")) {
                    words.add(MiniConformanceAsm.parse(tok));
                }
            }
            byte[] code = new byte[words.size() * 8];
            for (int i = 0; i < words.size(); i++) {
                for (int b = 0; b < 8; b++) {
                    code[i * 8 + b] = (byte) (words.get(i) >>> (8 * b));
                }
            }
            Encoding.Decoded d = Encoding.decode(code);
            assertTrue(d.ok(), d.errors().toString());
            return Program.of(d.instructions());
        }
        List<Instruction> insns = MiniConformanceAsm.assemble(t.asm());
        return Program.of(insns);
    }

    @TestFactory
    Stream<DynamicTest> suite() throws IOException {
        Path dir = suiteDir();
        Assumptions.assumeTrue(dir != null, "shared/conformance not found (set -Dbpfplay.shared); skipping the suite");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".data")).sorted().toList();
        }
        ProgramRunner runner = new ConformanceRunner(Budget.instructions(10_000_000));
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            TestFile t = parse(f);
            Assumptions.assumeTrue(t.result() != null, "no result section");
            ProgramRunner.Outcome o = runner.run(program(t), t.mem());
            assertTrue(o.ok(), () -> "run failed: " + o.error());
            assertEquals(Long.toHexString(t.result()), Long.toHexString(o.r0()));
        }));
    }
}
