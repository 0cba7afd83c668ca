package org.bpfplay.engine.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Categories of the corpora that must agree with Linux 6.18 on everything: verdict, message,
 * processed line, and the level-1 and level-2 logs byte for byte. They are recorded by
 * scripts/record-verifier-corpus.sh through scripts/kernel-oracle-plus.py, which gives the kernel
 * what a real loader would:
 * <ul>
 *   <li>{@code cb_}: bpf_loop / bpf_for_each_map_elem callbacks (BTF func_info for every
 *   subprogram, as libbpf sends for C);</li>
 *   <li>{@code mim_}: array_of_maps / hash_of_maps with their inner map templates.</li>
 * </ul>
 * {@link VerifierCorpusTest} reports these categories too; this test pins them at 100%.
 */
class CorpusCategoriesTest {
    private static final Path ROOT = Paths.get("src/test/resources/verifier/corpus");
    private static final Path CAP_BPF = Paths.get("src/test/resources/verifier/corpus-cap_bpf");

    @Test
    void callbacksAgreeWithTheKernel() throws IOException {
        assertAllAgree(category(ROOT, PrivilegeMode.ROOT, "cb_"), 55);
        assertAllAgree(category(CAP_BPF, PrivilegeMode.CAP_BPF, "cb_"), 13);
    }

    @Test
    void mapsInMapsAgreeWithTheKernel() throws IOException {
        assertAllAgree(category(ROOT, PrivilegeMode.ROOT, "mim_"), 39);
        assertAllAgree(category(CAP_BPF, PrivilegeMode.CAP_BPF, "mim_"), 34);
    }

    /** The programs named PREFIX* (or root-PREFIX*, the root corpus recorded in another mode). */
    private static List<VerifierCorpusTest.Row> category(Path root, PrivilegeMode mode, String prefix)
            throws IOException {
        return VerifierCorpusTest.runCorpus(root, mode, n -> n.startsWith(prefix) || n.startsWith("root-" + prefix));
    }

    private static void assertAllAgree(List<VerifierCorpusTest.Row> rows, int atLeast) {
        assertTrue(rows.size() >= atLeast, "programs: " + rows.size() + ", expected at least " + atLeast);
        long accepted = rows.stream().filter(VerifierCorpusTest.Row::kAccepted).count();
        assertTrue(accepted >= 3 && accepted <= rows.size() - 3, "accepted and rejected programs both: " + accepted);
        List<String> wrong = new ArrayList<>();
        for (VerifierCorpusTest.Row r : rows) {
            if (r.kAccepted() != r.ours()) {
                wrong.add(r.name() + ": verdict, kernel " + r.kAccepted() + " (" + r.kMsg() + ")");
            } else if (!java.util.Objects.equals(r.kMsg(), r.oMsg())) {
                wrong.add(r.name() + ": message, kernel `" + r.kMsg() + "` ours `" + r.oMsg() + "`");
            } else if (!r.l1Same()) {
                wrong.add(r.name() + ": level-1 log differs");
            } else if (!r.l2Same()) {
                wrong.add(r.name() + ": level-2 log differs (see target/l2-diff)");
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }
}
