/*
 * The kernel's map recordings (resources/maps: cases/, expected/ by scripts/record-map-kernel.sh) replayed
 * through ProgramRun: each program (bytes in maps/program-bytes.jsonl, by scripts/assemble-map-programs.py)
 * runs as xdp on 64 zero bytes with the recording's CPU count; every op's r0 and extra value (stored by the
 * program into the res map) and the dumped maps must equal the kernel's. Dumps are compared as sets: hash
 * maps without BPF_F_ZERO_SEED have a random order in the kernel.
 */
package org.bpfplay.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapEntry;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

class MapRecordingsTest {
    /** Cases that need helpers this branch does not have, with the reason. */
    static final Map<String, String> SKIPPED = Map.of();

    private static String resource(String path) throws IOException {
        try (InputStream in = MapRecordingsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, path + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyRecordingAgreesWithTheKernel() throws IOException {
        List<String> bad = new ArrayList<>();
        int compared = 0;
        int opsCompared = 0;
        int entriesCompared = 0;
        for (String line : resource("maps/program-bytes.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String name = RuntimeCasesTest.str(line, "name");
            if (SKIPPED.containsKey(name)) {
                continue;
            }
            compared++;
            String expected = resource("maps/expected/" + name + ".txt");
            int cpus = 1;
            Map<Integer, String> ops = new TreeMap<>();
            Map<String, TreeSet<String>> dumps = new TreeMap<>();
            String dumping = null;
            for (String e : expected.split("\n")) {
                String[] w = e.trim().split("\\s+");
                if (e.startsWith("cpus ")) {
                    cpus = Integer.parseInt(w[1]);
                } else if (e.startsWith("op ")) {
                    ops.put(Integer.parseInt(w[1]), w[3] + " " + w[5]);
                } else if (e.startsWith("dump ")) {
                    dumping = w[1];
                    dumps.put(dumping, new TreeSet<>());
                } else if (e.startsWith("  ") && dumping != null) {
                    dumps.get(dumping).add(w[0] + " " + w[1]);
                }
            }
            List<MapSpec> specs = new ArrayList<>();
            for (String m : RuntimeCasesTest.list(line, "maps")) {
                specs.add(MapSpec.parse(m));
            }
            List<MapInit> inits = new ArrayList<>();
            for (String i : RuntimeCasesTest.list(line, "inits")) {
                inits.add(MapInit.parse(i));
            }
            Encoding.Decoded d = Encoding.decode(HexFormat.of().parseHex(RuntimeCasesTest.str(line, "insns")));
            RunInput input = new RunInput(ProgramType.XDP, new byte[64], null, inits, cpus, 0, Budget.instructions(10_000_000));
            RunOutcome o = new ProgramRun().run(Program.of(d.instructions()).withMaps(specs), input);
            if (!o.ok() || o.fault() != null) {
                bad.add(name + ": " + (o.ok() ? o.fault() : o.error()));
                continue;
            }
            for (MapEntry e : o.maps().get("res")) {
                int i = (int) le(e.key(), 0, 4);
                if (!ops.containsKey(i)) {
                    continue;
                }
                opsCompared++;
                String ours = le(e.value(), 0, 8) + " 0x" + Long.toHexString(le(e.value(), 8, 8));
                if (!ours.equals(ops.get(i))) {
                    bad.add(name + ": op " + i + ": ret/extra " + ours + ", kernel " + ops.get(i));
                }
            }
            for (Map.Entry<String, TreeSet<String>> want : dumps.entrySet()) {
                TreeSet<String> ours = new TreeSet<>();
                for (MapEntry e : o.maps().get(want.getKey())) {
                    ours.add((e.key() == null ? "" : HexFormat.of().formatHex(e.key())) + " " + HexFormat.of().formatHex(e.value()));
                }
                entriesCompared += want.getValue().size();
                if (!ours.equals(want.getValue())) {
                    bad.add(name + ": dump " + want.getKey() + " " + ours + ", kernel " + want.getValue());
                }
            }
        }
        System.out.println("map recordings: " + compared + " programs, " + opsCompared + " helper results, "
                + entriesCompared + " dumped entries compared; " + bad.size() + " disagreements");
        assertTrue(compared >= 19);
        assertTrue(opsCompared >= 300, "helper results compared: " + opsCompared);
        assertEquals(List.of(), bad);
    }

    private static long le(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = v << 8 | (b[off + i] & 0xff);
        }
        return v;
    }
}
