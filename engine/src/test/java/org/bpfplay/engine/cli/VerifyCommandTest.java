package org.bpfplay.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} prints our verifier's log in the kernel's format; compared with kernel recordings. */
class VerifyCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main().run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path copy(String corpusName) throws IOException {
        Path p = dir.resolve(corpusName.replace('/', '_') + ".s");
        try (InputStream in = getClass().getResourceAsStream("/verifier/corpus/" + corpusName + ".s")) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    private String kernelLog(String corpusName) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/verifier/corpus/" + corpusName + ".l1.log")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRejectionPrintsTheKernelsLevelOneLogAndVerdict() throws IOException {
        Result r = main("verify", "--type", "xdp", "--log-level", "1", copy("xdp/alu32_div_zero_imm").toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(kernelLog("xdp/alu32_div_zero_imm") + "verdict: rejected (EINVAL)\n", r.out());
    }

    @Test
    void jsonHasTheKernelOraclesFields() throws IOException {
        Result r = main("verify", "--type", "xdp", "--log-level", "1", "--json", copy("xdp/alu32_consts").toString(),
                copy("xdp/alu32_div_zero_imm").toString());
        assertEquals(1, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].contains("\"accepted\": true, \"errno\": null") && lines[0].contains("\"processed_insns\": 6"),
                lines[0]);
        assertTrue(lines[1].contains("\"accepted\": false, \"errno\": \"EINVAL\", \"message\": \"div by zero\", \"insn\": 1"),
                lines[1]);
    }

    @Test
    void everyProgramTypeOfTheCorpusVerifiesLikeTheKernel() throws IOException {
        for (String name : List.of("cgroup_skb/ret_cg_two", "cgroup_skb/pkt_cg_write", "sched_cls/pkt_tc_meta",
                "kprobe/ctx_kp_u64_4", "tracepoint/ctx_tp_u64_8", "raw_tracepoint/ctx_rtp_u64_96",
                "perf_event/ctx_pe_period_u16")) {
            String type = name.substring(0, name.indexOf('/'));
            Result r = main("verify", "--type", type, "--log-level", "1", copy(name).toString());
            assertTrue(r.out().startsWith(kernelLog(name) + "verdict: "), name + ": " + r.out() + r.err());
        }
    }

    @Test
    void capBpfModeGivesTheKernelsUnprivilegedVerdict() throws IOException {
        // recorded with kernel-oracle --mode cap_bpf (scripts/record-verifier-corpus.sh --mode cap_bpf)
        Path p = dir.resolve("cmp_ctx_zero.s");
        String base = "/verifier/corpus-cap_bpf/socket_filter/cmp_ctx_zero";
        try (InputStream in = getClass().getResourceAsStream(base + ".s")) {
            Files.write(p, in.readAllBytes());
        }
        String log;
        try (InputStream in = getClass().getResourceAsStream(base + ".l1.log")) {
            log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Result r = main("verify", "--mode", "cap_bpf", "--log-level", "1", p.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(log + "verdict: rejected (EACCES)\n", r.out());
        // the same program as root is accepted: the mode really reaches the verifier
        assertEquals(0, main("verify", "--mode", "root", p.toString()).code());
    }

    @Test
    void unsupportedSettingsAreUsageErrors() throws IOException {
        String f = copy("xdp/alu32_consts").toString();
        assertEquals(2, main("verify", "--type", "sk_msg", f).code());
        assertEquals(2, main("verify", "--mode", "user", f).code());
        assertEquals(2, main("verify", "--log-level", "3", f).code());
        assertEquals(2, main("verify").code());
    }
}
