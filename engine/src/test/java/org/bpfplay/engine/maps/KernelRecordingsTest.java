package org.bpfplay.engine.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the operation lists in {@code maps/cases/*.case} against bpfplay's maps and compares each
 * operation's return code and the final dumps with what the real kernel did
 * ({@code maps/expected/*.txt}, recorded by scripts/record-map-kernel.sh on one pinned CPU).
 */
class KernelRecordingsTest {
    private static final HexFormat HEX = HexFormat.of();

    private static Path resources() throws URISyntaxException {
        return Path.of(KernelRecordingsTest.class.getResource("/maps/cases").toURI()).getParent();
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedCaseMatchesTheKernel() throws Exception {
        Path dir = resources();
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir.resolve("cases"))) {
            cases = s.filter(p -> p.toString().endsWith(".case")).sorted().toList();
        }
        assertTrue(cases.size() >= 10, "expected the recorded cases, found " + cases.size());
        return cases.stream().map(c -> {
            String name = c.getFileName().toString().replace(".case", "");
            return DynamicTest.dynamicTest(name, () -> replay(c, dir.resolve("expected").resolve(name + ".txt")));
        });
    }

    private record Expected(int cpus, List<long[]> ops, Map<String, List<String>> dumps) {
    }

    private static Expected readExpected(Path p) throws IOException {
        int cpus = 0;
        List<long[]> ops = new ArrayList<>();
        Map<String, List<String>> dumps = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(p)) {
            String[] w = line.trim().split("\\s+");
            if (line.startsWith("#") || line.isBlank() || w[0].equals("end")) {
                continue;
            }
            if (w[0].equals("cpus")) {
                cpus = Integer.parseInt(w[1]);
            } else if (w[0].equals("op")) {
                ops.add(new long[] {Long.parseLong(w[3]), Long.parseUnsignedLong(w[5].substring(2), 16)});
            } else if (w[0].equals("dump")) {
                current = new ArrayList<>();
                dumps.put(w[1], current);
            } else {
                current.add(w[0] + " " + w[1]);
            }
        }
        return new Expected(cpus, ops, dumps);
    }

    static void replay(Path casePath, Path expectedPath) throws IOException {
        Expected exp = readExpected(expectedPath);
        Map<String, BpfMap> maps = new LinkedHashMap<>();
        List<String[]> ops = new ArrayList<>();
        for (String line : Files.readAllLines(casePath)) {
            String text = line.replaceAll("#.*", "").trim();
            if (text.isEmpty()) {
                continue;
            }
            String[] w = text.split("\\s+");
            switch (w[0]) {
                case "map": {
                    MapType type = MapType.byName(w[2]);
                    int flags = w.length > 6 ? Integer.decode(w[6]) : (type == MapType.LPM_TRIE ? 1 : 0);
                    MapSpec spec = new MapSpec(w[1], type, Integer.decode(w[3]), Integer.decode(w[4]), Integer.decode(w[5]), flags);
                    MapCreateResult r = BpfMaps.create(spec, exp.cpus());
                    assertTrue(r.ok(), r.toString());
                    maps.put(w[1], r.map());
                    break;
                }
                case "init":
                    assertEquals(0, maps.get(w[1]).userUpdate(HEX.parseHex(w[2]), HEX.parseHex(w[3]), 0), line);
                    break;
                case "op":
                    ops.add(w);
                    break;
                default:
                    break;
            }
        }
        assertEquals(exp.ops().size(), ops.size(), "recorded op count");
        for (int i = 0; i < ops.size(); i++) {
            String[] w = ops.get(i);
            long[] got = run(maps.get(w[2]), w);
            String what = casePath.getFileName() + " op " + i + ": " + String.join(" ", w);
            assertEquals(exp.ops().get(i)[0], got[0], what + " (return)");
            assertEquals(exp.ops().get(i)[1], got[1], what + " (value)");
        }
        for (Map.Entry<String, List<String>> d : exp.dumps().entrySet()) {
            List<String> ours = new ArrayList<>();
            for (MapEntry e : maps.get(d.getKey()).entries()) {
                ours.add(HEX.formatHex(e.key()) + " " + HEX.formatHex(e.value()));
            }
            List<String> theirs = d.getValue();
            if (randomOrder(maps.get(d.getKey()))) {
                // The kernel seeded this hash randomly: its order is not reproducible, its contents are.
                theirs = theirs.stream().sorted().toList();
                ours = ours.stream().sorted().toList();
            }
            assertEquals(theirs, ours, casePath.getFileName() + ": dump of " + d.getKey());
        }
    }

    private static boolean randomOrder(BpfMap m) {
        boolean hashed = m instanceof HashTable || m instanceof LruHashTable || m instanceof MapOfMaps;
        return hashed && (m.spec().flags() & MapFlags.BPF_F_ZERO_SEED) == 0;
    }

    /** One operation as the recording program does it on CPU 0: {r0, the value it kept}. */
    private static long[] run(BpfMap m, String[] w) {
        assertNotNull(m, "map " + w[2]);
        switch (w[1]) {
            case "update":
                return new long[] {m.update(HEX.parseHex(w[3]), HEX.parseHex(w[4]), num(w[5]), 0), 0};
            case "delete":
                return new long[] {m.delete(HEX.parseHex(w[3]), 0), 0};
            case "lookup": {
                byte[] v = m.lookup(HEX.parseHex(w[3]), 0);
                if (v == null) {
                    return new long[] {0, 0};
                }
                int vs = m.spec().valueSize();
                int n = vs >= 8 ? 8 : vs >= 4 ? 4 : vs >= 2 ? 2 : 1;
                return new long[] {1, le(v, n)};
            }
            case "push": {
                byte[] v = HEX.parseHex(w[3]);
                return new long[] {m.push(v, num(w[4]), 0), le(v, Math.min(8, v.length))};
            }
            case "pop":
            case "peek": {
                byte[] out = new byte[64];
                if (w.length > 3) {
                    byte[] v = HEX.parseHex(w[3]);
                    System.arraycopy(v, 0, out, 0, v.length);
                }
                int r = w[1].equals("pop") ? m.pop(out, 0) : m.peek(out, 0);
                return new long[] {r, le(out, 8)};
            }
            case "output": {
                int size = Integer.decode(w[3]);
                return new long[] {((RingBuffer) m).output(new byte[size], size, Long.decode(w[4])), 0};
            }
            case "reserve": {
                RingBuffer rb = (RingBuffer) m;
                RingbufSample s = rb.reserve(Long.decode(w[3]), Long.decode(w[4]));
                if (s == null) {
                    return new long[] {0, 0};
                }
                if (w[5].equals("submit")) {
                    rb.submit(s, 0);
                } else {
                    rb.discard(s, 0);
                }
                return new long[] {1, 0};
            }
            case "query":
                return new long[] {((RingBuffer) m).query(Long.decode(w[3])), 0};
            default:
                throw new AssertionError("unknown op " + w[1]);
        }
    }

    /** A flags number as the case file writes it: decimal or 0x hex, up to 64 unsigned bits. */
    private static long num(String s) {
        return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
    }

    private static long le(byte[] b, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (b[i] & 0xffL) << (8 * i);
        }
        return v;
    }

    @Test
    void createRulesMatchTheKernel() throws Exception {
        List<String> lines = Files.readAllLines(resources().resolve("create-expected.txt"));
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" -> ");
            String spec = parts[0];
            MapSpec s = MapSpec.parse(spec);
            if (s.type() == MapType.LPM_TRIE && spec.split(":").length == 5) {
                s = new MapSpec(s.name(), s.type(), s.keySize(), s.valueSize(), s.maxEntries(), 1);
            }
            MapCreateResult r = BpfMaps.create(s, 2);
            String ours = r.ok() ? "ok" : Errno.of(r.errno()).message;
            assertEquals(parts[1], ours, spec + (r.ok() ? "" : ": " + r.message()));
            checked++;
        }
        assertTrue(checked > 50);
    }

    @Test
    void userSpaceUpdatesMatchTheKernel() throws Exception {
        int checked = 0;
        for (String line : Files.readAllLines(resources().resolve("init-expected.txt"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" -> ");
            String[] w = parts[0].split(" ");
            MapSpec s = MapSpec.parse(w[0]);
            if (s.type() == MapType.LPM_TRIE && w[0].split(":").length == 5) {
                s = new MapSpec(s.name(), s.type(), s.keySize(), s.valueSize(), s.maxEntries(), 1);
            }
            MapCreateResult r = BpfMaps.create(s, 2);
            assertTrue(r.ok(), r.toString());
            int last = 0;
            for (int i = 1; i < w.length; i++) {
                String[] kv = w[i].split("=");
                last = r.map().userUpdate(HEX.parseHex(kv[0]), HEX.parseHex(kv[1]), MapFlags.BPF_ANY);
                if (i < w.length - 1) {
                    assertEquals(0, last, line);
                }
            }
            assertEquals(parts[1], last == 0 ? "ok" : Errno.of(last).message, line);
            checked++;
        }
        assertTrue(checked >= 10);
    }
}
