package org.bpfplay.engine.verifier.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.verifier.PrivilegeMode;
import org.bpfplay.engine.verifier.VerificationResult;
import org.bpfplay.engine.verifier.Verifier;
import org.bpfplay.engine.verifier.VerifierOptions;

/**
 * The callback programs of the corpora (cb_*, recorded by
 * {@code ORACLE=scripts/kernel-oracle-btf scripts/record-verifier-corpus.sh [--mode cap_bpf] cb_}):
 * verdict and level-1 log exactly as Linux 6.18's, level 2 on a floor. Our logs of the
 * disagreeing ones are written to target/cb-logs for inspection.
 */
class CallbackCorpusTest {
    private static final Path ROOT = Paths.get("src/test/resources/verifier");

    @Test
    void callbackProgramsAgreeWithTheKernel() throws IOException {
        List<String> l1Diffs = new ArrayList<>();
        List<String> l2Diffs = new ArrayList<>();
        int n = 0;
        Path out = Paths.get("target/cb-logs");
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        for (String corpus : List.of("corpus", "corpus-cap_bpf")) {
            PrivilegeMode mode = corpus.equals("corpus") ? PrivilegeMode.ROOT : PrivilegeMode.CAP_BPF;
            List<Path> hexes;
            try (Stream<Path> s = Files.walk(ROOT.resolve(corpus))) {
                hexes = s.filter(p -> p.getFileName().toString().startsWith("cb_") && p.toString().endsWith(".hex"))
                        .sorted().toList();
            }
            for (Path h : hexes) {
                String base = h.toString().substring(0, h.toString().length() - 4);
                ProgramType type = ProgramType.byName(h.getParent().getFileName().toString());
                String name = corpus + "-" + type.oracleName + "-" + h.getFileName().toString().replace(".hex", "");
                byte[] code = hex(read(h));
                List<MapSpec> maps = new ArrayList<>();
                Path mp = Paths.get(base + ".maps");
                if (Files.exists(mp)) {
                    for (String line : read(mp).split("\n")) {
                        if (!line.isBlank()) {
                            maps.add(MapSpec.parse(line.trim()));
                        }
                    }
                }
                boolean kAcc = read(Paths.get(base + ".expect")).contains("accepted=true");
                VerificationResult r1 = Verifier.verify(code, new VerifierOptions(type, 1, mode).withMaps(maps));
                VerificationResult r2 = Verifier.verify(code, new VerifierOptions(type, 2, mode).withMaps(maps));
                n++;
                assertEquals(kAcc, r1.accepted(), name + ": verdict");
                if (!read(Paths.get(base + ".l1.log")).equals(r1.log())) {
                    l1Diffs.add(name);
                    Files.writeString(out.resolve(name + ".l1.log"), r1.log());
                }
                if (!read(Paths.get(base + ".l2.log")).equals(r2.log())) {
                    l2Diffs.add(name);
                    Files.writeString(out.resolve(name + ".l2.log"), r2.log());
                }
            }
        }
        assertTrue(n >= 60, "callback corpus too small: " + n);
        assertEquals(List.of(), l1Diffs, "level-1 logs differ");
        assertTrue(l2Diffs.size() <= L2_DIFF_CEILING, "level-2 logs differ: " + l2Diffs);
    }

    /** Level-2 disagreements allowed: precision walks that cross frames (from a callback into its caller) fall back. */
    static final int L2_DIFF_CEILING = 0;

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    private static byte[] hex(String s) {
        String t = s.replaceAll("\\s", "");
        byte[] b = new byte[t.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(t.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
