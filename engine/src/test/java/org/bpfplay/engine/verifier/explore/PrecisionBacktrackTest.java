package org.bpfplay.engine.verifier.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.Verifier;
import org.bpfplay.engine.verifier.VerifierOptions;

/**
 * The precision-backtracking lines of the level-2 log (mark_precise, force_precise, propagating)
 * for the programs written to exercise the backtracking rules, against what Linux 6.18 printed
 * (recorded by scripts/record-verifier-corpus.sh: `kernel-oracle verify --log-level 2`). Covers
 * walks through bpf-to-bpf calls and exits (r0 out of a callee, r1-r5 into the caller, a callee
 * filling from the caller's stack), linked scalars at branches (copies, spills, add-const),
 * atomics, zero stack stores, cross-frame propagation at a pruning hit and the fallback.
 */
class PrecisionBacktrackTest {
    private static final Path CORPUS = Paths.get("src/test/resources/verifier/corpus");
    private static final Path GENERATED = Paths.get("src/test/resources/verifier/corpus-gen");

    static Stream<Path> programs() throws IOException {
        List<Path> all;
        try (Stream<Path> a = Files.walk(CORPUS); Stream<Path> b = Files.walk(GENERATED)) {
            all = Stream.concat(a, b).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".hex") && (n.startsWith("prec_bt_") || n.startsWith("linked_")
                        || (p.startsWith(GENERATED) && n.startsWith("call_")));
            }).sorted().collect(Collectors.toList());
        }
        return all.stream();
    }

    private static List<String> precisionLines(String log) {
        return Arrays.stream(log.split("\n"))
                .filter(l -> l.startsWith("mark_precise:") || l.startsWith("force_precise:") || l.contains(": propagating "))
                .collect(Collectors.toList());
    }

    @ParameterizedTest
    @MethodSource("programs")
    void backtrackingLinesMatchTheKernel(Path hex) throws IOException {
        String base = hex.toString().substring(0, hex.toString().length() - 4);
        String kernel = new String(Files.readAllBytes(Paths.get(base + ".l2.log")), StandardCharsets.UTF_8);
        ProgramType type = ProgramType.byName(hex.getParent().getFileName().toString());
        byte[] code = hexBytes(new String(Files.readAllBytes(hex), StandardCharsets.UTF_8));
        String ours = Verifier.verify(code, VerifierOptions.of(type, 2)).log();
        assertEquals(precisionLines(kernel), precisionLines(ours), hex.toString());
    }

    private static byte[] hexBytes(String text) {
        String h = text.replaceAll("\\s", "");
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
