package org.bpfplay.engine.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.bpfplay.engine.isa.Encoding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our encoding of the corpus in {@code asm/llvm/*.s} equals, byte for byte, what llvm-mc-19
 * produced for it (recorded in the {@code .hex} files by {@code scripts/record-llvm-golden.sh}).
 */
class LlvmGoldenTest {
    static final List<String> FAMILIES = List.of("alu64", "alu32", "jumps", "jmp32", "memory", "atomics",
            "ld_imm64", "calls", "endian", "movsx_sdiv", "misc", "expressions", "numeric_labels", "clang_like");

    static Stream<String> families() {
        return FAMILIES.stream();
    }

    /** Every .s file of the corpus is in FAMILIES, so none is silently left untested. */
    @Test
    void everyCorpusFileIsTested() throws URISyntaxException, IOException {
        URL dir = LlvmGoldenTest.class.getResource("/asm/llvm");
        assertNotNull(dir, "missing test resources asm/llvm");
        Assumptions.assumeTrue(dir.getProtocol().equals("file"), "corpus is not a directory here");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".s"))
                    .forEach(n -> found.add(n.substring(0, n.length() - 2)));
        }
        assertEquals(new TreeSet<>(FAMILIES), new TreeSet<>(found));
    }

    @ParameterizedTest
    @MethodSource("families")
    void encodingMatchesLlvmMc(String family) throws IOException {
        String source = resource(family + ".s");
        List<String> expected = new ArrayList<>();
        for (String line : resource(family + ".hex").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.trim());
            }
        }
        AsmResult result = Assembler.assemble(source);
        if (!result.ok()) {
            fail(family + ".s does not assemble: " + result.errors());
        }
        byte[] code = result.program().toBytes();
        List<String> actual = new ArrayList<>();
        for (int slot = 0; slot < code.length / Encoding.SLOT_BYTES; slot++) {
            actual.add(Encoding.slotHex(code, slot));
        }
        assertTrue(expected.size() > 0, "empty golden file");
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                int index = result.program().indexAt(i);
                int line = index >= 0 ? result.program().sourceLineAt(i) : result.program().sourceLineAt(i - 1);
                fail(family + ".s slot " + i + " (line " + line + ": " + source.split("\n")[line - 1].trim()
                        + "): llvm-mc " + expected.get(i) + ", ours " + actual.get(i));
            }
        }
        assertEquals(expected.size(), actual.size(), family + ": number of slots");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = LlvmGoldenTest.class.getResourceAsStream("/asm/llvm/" + name)) {
            assertNotNull(in, "missing test resource asm/llvm/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
