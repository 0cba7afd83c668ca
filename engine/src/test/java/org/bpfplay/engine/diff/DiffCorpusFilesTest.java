/*
 * Well-formedness of the differential corpus (src/test/resources/diff/run/), recorded from the real kernel by
 * scripts/record-kernel-runs.sh: every program has its header and a recorded answer for each of its packets,
 * every recorded row is consistent with the packet table and with what test_run can do to a packet, and the
 * corpus is as large as promised. It does not run any program (the interpreter harness does that).
 */
package org.bpfplay.engine.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiffCorpusFilesTest {
    private static final Pattern HEADER = Pattern.compile("^\\s*#\\s*(type|packets|ctx):\\s*(.*)$");
    private static final Pattern HEX = Pattern.compile("^(?:[0-9a-f]{2})*$");
    private static final Set<String> TYPES = Set.of("xdp", "socket_filter");
    private static final int ETH_HLEN = 14;
    /** Largest socket_filter test_run input on x86-64 (see NOTES.md; jumbo3712 runs, jumbo3713 is refused). */
    private static final int SKB_MAX_LEN = 3712;

    private static Path dir;
    private static Map<String, String> packets;
    private static List<Map<String, Object>> expected;
    private static List<Map<String, Object>> runErrors;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        URL url = DiffCorpusFilesTest.class.getClassLoader().getResource("diff/run/expected.jsonl");
        assertNotNull(url, "diff/run/expected.jsonl is not on the test classpath");
        dir = Path.of(url.toURI()).getParent();
        packets = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("packets.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", 3);
            assertEquals(3, cols.length, "packets.tsv: want name, hex, description: " + line);
            assertTrue(HEX.matcher(cols[1]).matches(), "packets.tsv: bad hex for " + cols[0]);
            assertTrue(packets.put(cols[0], cols[1]) == null, "packets.tsv: duplicate " + cols[0]);
        }
        expected = readJsonLines("expected.jsonl");
        runErrors = readJsonLines("run-errors.jsonl");
    }

    private static List<Map<String, Object>> readJsonLines(String name) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8)) {
            n++;
            try {
                rows.add(JsonLine.parseObject(line));
            } catch (IllegalArgumentException e) {
                fail(name + ":" + n + ": " + e.getMessage());
            }
        }
        return rows;
    }

    /** Program path relative to diff/run (e.g. "hand/alu64_add_sub.s") -> its header values. */
    private static Map<String, Map<String, List<String>>> programs(String sub) throws IOException {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir.resolve(sub))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".s")).sorted().collect(Collectors.toList())) {
                Map<String, List<String>> h = new HashMap<>();
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    Matcher m = HEADER.matcher(line);
                    if (m.matches()) {
                        h.put(m.group(1), List.of(m.group(2).trim().split("\\s+")));
                    }
                }
                out.put(sub + "/" + p.getFileName(), h);
            }
        }
        return out;
    }

    private static String str(Map<String, Object> row, String key) {
        Object v = row.get(key);
        assertTrue(v instanceof String, key + " is not a string in " + row.get("file") + " [" + row.get("packet") + "]");
        return (String) v;
    }

    @Test
    void corpusIsAsLargeAsPromised() throws IOException {
        int hand = programs("hand").size();
        int gen = programs("gen").size();
        assertTrue(hand >= 80, "hand-written programs: " + hand);
        assertTrue(gen >= 150, "generated programs: " + gen);
        assertTrue(hand + gen >= 220, "programs: " + (hand + gen));
        assertTrue(expected.size() >= 220, "recorded runs: " + expected.size());
    }

    @Test
    void everyProgramPacketPairHasExactlyOneRecordedAnswer() throws IOException {
        Map<String, Map<String, List<String>>> all = new LinkedHashMap<>(programs("hand"));
        all.putAll(programs("gen"));
        Set<String> wanted = new HashSet<>();
        for (Map.Entry<String, Map<String, List<String>>> e : all.entrySet()) {
            List<String> type = e.getValue().get("type");
            List<String> pk = e.getValue().get("packets");
            assertNotNull(type, e.getKey() + ": no '# type:' header");
            assertNotNull(pk, e.getKey() + ": no '# packets:' header");
            assertEquals(1, type.size(), e.getKey() + ": one type");
            assertTrue(TYPES.contains(type.get(0)), e.getKey() + ": type " + type.get(0));
            for (String p : pk) {
                assertTrue(packets.containsKey(p), e.getKey() + ": unknown packet " + p);
                assertTrue(wanted.add(e.getKey() + " " + type.get(0) + " " + p), e.getKey() + ": packet twice " + p);
            }
        }
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> row : concat(expected, runErrors)) {
            String key = str(row, "file") + " " + str(row, "type") + " " + str(row, "packet");
            assertTrue(seen.add(key), "recorded twice: " + key);
            assertTrue(wanted.contains(key), "recorded but not asked for by the program header: " + key);
        }
        wanted.removeAll(seen);
        assertTrue(wanted.isEmpty(), "not recorded: " + wanted);
    }

    @Test
    void recordedRowsAgreeWithPacketsAndCommands() {
        Map<String, String> insnsByFile = new HashMap<>();
        for (Map<String, Object> row : concat(expected, runErrors)) {
            String file = str(row, "file");
            String data = str(row, "data");
            String insns = str(row, "insns");
            assertEquals(packets.get(str(row, "packet")), data, file + ": data differs from packets.tsv");
            assertTrue(HEX.matcher(insns).matches() && insns.length() % 16 == 0 && !insns.isEmpty(),
                    file + ": insns is not whole 8-byte instructions");
            assertEquals(insnsByFile.computeIfAbsent(file, f -> insns), insns, file + ": insns differ between rows");
            Object ctx = row.get("ctx");
            assertTrue(ctx == null || ctx instanceof String && HEX.matcher((String) ctx).matches(), file + ": ctx hex");
            String cmd = "kernel-oracle run --type " + str(row, "type") + " --data " + data
                    + (ctx == null ? "" : " --ctx " + ctx) + " " + file + " --json";
            assertEquals(cmd, str(row, "command"), file + ": command");
        }
    }

    @Test
    void retvalAndDataOutAreWhatTestRunCanProduce() {
        for (Map<String, Object> row : expected) {
            String where = row.get("file") + " [" + row.get("packet") + "]";
            Object rv = row.get("retval");
            assertTrue(rv instanceof Long, where + ": retval is not an integer");
            long retval = (Long) rv;
            assertTrue(retval >= 0 && retval <= 0xffffffffL, where + ": retval is reported as u32: " + retval);
            String data = str(row, "data");
            String out = str(row, "data_out");
            assertTrue(HEX.matcher(out).matches(), where + ": data_out hex");
            // No program uses bpf_xdp_adjust_* or skb helpers, so the length never changes (with an xdp ctx_in,
            // metadata and fragment bytes are returned too).
            assertEquals(data.length(), out.length(), where + ": data_out length");
            if (str(row, "type").equals("socket_filter")) {
                // socket_filter cannot write the packet; test_run zeroes the Ethernet header it pulled.
                assertEquals("00".repeat(ETH_HLEN), out.substring(0, 2 * ETH_HLEN), where + ": zeroed Ethernet header");
                assertEquals(data.substring(2 * ETH_HLEN), out.substring(2 * ETH_HLEN), where + ": payload unchanged");
            }
        }
    }

    @Test
    void runErrorsAreTheInputsTestRunRefuses() {
        assertFalse(runErrors.isEmpty(), "run-errors.jsonl documents the ETH_HLEN minimum");
        for (Map<String, Object> row : runErrors) {
            int len = str(row, "data").length() / 2;
            boolean refused = len < ETH_HLEN || row.get("ctx") != null;
            if (str(row, "type").equals("socket_filter") && !refused) {
                // socket_filter also needs a whole IPv4 (20) / IPv6 (40) header after an IPv4/IPv6 ethertype and
                // fits in one page: at most SKB_MAX_LEN bytes
                String ethertype = str(row, "data").substring(24, 28);
                refused = len > SKB_MAX_LEN || ethertype.equals("0800") && len < ETH_HLEN + 20
                        || ethertype.equals("86dd") && len < ETH_HLEN + 40;
            }
            assertTrue(refused, row.get("file") + " [" + row.get("packet") + "]: refused for no known reason");
            assertEquals("Invalid argument", str(row, "error"));
        }
    }

    @Test
    void ctxHeaderAndRecordedCtxAgree() throws IOException {
        Map<String, Map<String, List<String>>> all = new LinkedHashMap<>(programs("hand"));
        all.putAll(programs("gen"));
        for (Map<String, Object> row : concat(expected, runErrors)) {
            List<String> ctx = all.get(str(row, "file")).get("ctx");
            assertEquals(ctx == null ? null : String.join("", ctx), row.get("ctx"), row.get("file") + ": ctx");
        }
    }

    @Test
    void everyRejectedProgramHasARecordedVerdict() throws IOException {
        List<Map<String, Object>> rejected = readJsonLines("rejected.jsonl");
        Set<String> files = new HashSet<>();
        for (Map<String, Object> row : rejected) {
            files.add(str(row, "file"));
            assertNotNull(row.get("errno"), row.get("file") + ": errno");
            assertTrue(row.get("log_tail") instanceof List, row.get("file") + ": log_tail");
        }
        assertEquals(programs("rejected").keySet(), files);
    }

    private static List<Map<String, Object>> concat(List<Map<String, Object>> a, List<Map<String, Object>> b) {
        List<Map<String, Object>> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
