package org.bpfplay.engine.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mnemonic form must encode exactly as LLVM encodes the equivalent LLVM-syntax program. The
 * expected bytes were recorded from llvm-mc-19 by scripts/record-conformance-encodings.sh.
 */
class ConformanceAssemblerEncodingTest {

    record Pair(String conformance, String llvm, String hex) {
        @Override
        public String toString() {
            return conformance + "  ==  " + llvm;
        }
    }

    static Stream<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = ConformanceAssemblerEncodingTest.class.getResourceAsStream("conformance-encodings.tsv")) {
            assertNotNull(in, "conformance-encodings.tsv is missing from the test resources");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                pairs.add(new Pair(f[0], f[1], f[2]));
            }
        }
        assertTrue(pairs.size() > 200, "expected the full recorded table, got " + pairs.size());
        return pairs.stream();
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void encodesAsLlvmDoes(Pair pair) {
        AsmResult r = ConformanceAssembler.assemble(pair.conformance().replace(" ; ", "\n"));
        assertTrue(r.ok(), () -> "errors: " + r.errors());
        assertEquals(pair.hex(), HexFormat.of().formatHex(r.program().toBytes()));
    }
}
