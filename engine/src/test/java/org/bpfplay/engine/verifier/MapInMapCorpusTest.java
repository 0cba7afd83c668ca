package org.bpfplay.engine.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

/**
 * The maps-in-maps programs of the corpus (mim_*: array_of_maps / hash_of_maps with an inner map
 * template, .maps lines ending in :inner=TEMPLATE), recorded from Linux 6.18 with
 * scripts/record-verifier-corpus.sh through scripts/kernel-oracle-mim.py: verdict, message,
 * processed line and the whole level-1 log must be the kernel's, and the level-2 logs at least
 * as often as at recording (all 39).
 */
class MapInMapCorpusTest {
    private static final Path CORPUS = Paths.get("src/test/resources/verifier/corpus");
    private static final Path CAP_BPF = Paths.get("src/test/resources/verifier/corpus-cap_bpf");
    /** CAP_BPF level-2 logs identical so far; raise, never lower. */
    private static final int CAP_L2_FLOOR = 34;

    @Test
    void agreesWithKernelOnMapsInMaps() throws IOException {
        check(CORPUS, "mim_", PrivilegeMode.ROOT, 39, 39);
    }

    /** The socket_filter and xdp ones recorded again as CAP_BPF without CAP_PERFMON (--mode cap_bpf). */
    @Test
    void agreesWithKernelOnMapsInMapsAsCapBpf() throws IOException {
        check(CAP_BPF, "root-mim_", PrivilegeMode.CAP_BPF, 34, CAP_L2_FLOOR);
    }

    private static void check(Path root, String prefix, PrivilegeMode mode, int programs, int l2Floor)
            throws IOException {
        List<Path> hexes;
        try (Stream<Path> s = Files.walk(root)) {
            hexes = s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".hex"))
                    .sorted().toList();
        }
        assertTrue(hexes.size() >= programs, prefix + " programs: " + hexes.size());
        List<String> wrong = new ArrayList<>();
        int accepted = 0;
        int l2Same = 0;
        for (Path h : hexes) {
            String base = h.toString().substring(0, h.toString().length() - 4);
            ProgramType type = ProgramType.byName(h.getParent().getFileName().toString());
            String name = type.oracleName + "/" + h.getFileName();
            boolean kAcc = VerifierCorpusTest.read(Paths.get(base + ".expect")).contains("accepted=true");
            String kL1 = VerifierCorpusTest.read(Paths.get(base + ".l1.log"));
            String kL2 = VerifierCorpusTest.read(Paths.get(base + ".l2.log"));
            byte[] code = VerifierCorpusTest.hex(VerifierCorpusTest.read(h));
            List<MapSpec> maps = VerifierCorpusTest.maps(Paths.get(base + ".maps"));
            VerificationResult r1 = Verifier.verify(code, new VerifierOptions(type, 1, mode).withMaps(maps));
            VerificationResult r2 = Verifier.verify(code, new VerifierOptions(type, 2, mode).withMaps(maps));
            accepted += kAcc ? 1 : 0;
            if (r1.accepted() != kAcc) {
                wrong.add(name + ": verdict " + r1.accepted() + ", kernel " + kAcc + " (" + VerifierCorpusTest.message(r1.log()) + ")");
            } else if (!kL1.equals(r1.log())) {
                wrong.add(name + ": level-1 log differs\n--- kernel\n" + kL1 + "--- ours\n" + r1.log());
            }
            l2Same += kL2.equals(r2.log()) ? 1 : 0;
        }
        assertTrue(accepted >= 5 && accepted <= hexes.size() - 5, "accepted and rejected programs both: " + accepted);
        assertEquals(List.of(), wrong, String.join("\n", wrong));
        // level 2: all identical at recording; raise, never lower
        assertTrue(l2Same >= l2Floor, "level-2 logs identical: " + l2Same + "/" + hexes.size());
    }
}
