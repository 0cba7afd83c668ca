/*
 * The maps+helpers differential suite: every program+packet the kernel ran with maps
 * (diff/maps-helpers/expected.jsonl, recorded by scripts/record-kernel-map-runs.py) runs through ProgramRun
 * from its recorded instruction bytes, maps, inits and packet, on the recording's CPU count (CPU 0 like the
 * pinned recording). retval, data_out and every map the kernel dumped must equal the kernel's. Dumps are
 * compared as sets: hash maps without BPF_F_ZERO_SEED have a random order in the kernel. Queue, stack, bloom
 * filter and ring buffer contents are compared through the helper results the programs store in `res`.
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

class MapHelperDiffTest {
    /** Rows (file [packet]) known to disagree because of a runtime bug, with the reason. */
    static final Map<String, String> KNOWN = Map.of();

    static List<MapHelperRow> rows() throws IOException {
        String resource = "diff/maps-helpers/expected.jsonl";
        try (InputStream in = MapHelperDiffTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            List<MapHelperRow> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(MapHelperRow.parse(line));
                }
            }
            return out;
        }
    }

    /** Why this row disagrees with the kernel, or null when it agrees. */
    static String disagreement(MapHelperRow row) {
        Encoding.Decoded d = Encoding.decode(row.insns());
        if (!d.ok()) {
            return "does not decode: " + d.errors();
        }
        List<MapSpec> specs = new ArrayList<>();
        for (String m : row.maps()) {
            specs.add(MapSpec.parse(m));
        }
        List<MapInit> inits = new ArrayList<>();
        for (String i : row.inits()) {
            inits.add(MapInit.parse(i));
        }
        RunInput input = new RunInput(ProgramType.byName(row.type()), row.data(), row.ctx(), inits, row.cpus(), 0,
                Budget.instructions(10_000_000));
        RunOutcome o = new ProgramRun().run(Program.of(d.instructions()).withMaps(specs), input);
        if (!o.ok()) {
            return "did not start: " + o.error();
        }
        if (o.fault() != null) {
            return "fault: " + o.fault();
        }
        if (o.retval() != row.retval()) {
            return "retval " + o.retval() + ", kernel " + row.retval();
        }
        String ours = o.dataOut() == null ? "" : HexFormat.of().formatHex(o.dataOut());
        String kernel = HexFormat.of().formatHex(row.dataOut());
        if (!ours.equals(kernel)) {
            return "data_out " + ours + ", kernel " + kernel;
        }
        for (Map.Entry<String, TreeSet<String>> want : row.dumps().entrySet()) {
            TreeSet<String> got = new TreeSet<>();
            List<MapEntry> entries = o.maps().get(want.getKey());
            if (entries == null) {
                return "no dump of map " + want.getKey();
            }
            for (MapEntry e : entries) {
                got.add((e.key() == null ? "" : HexFormat.of().formatHex(e.key())) + " " + HexFormat.of().formatHex(e.value()));
            }
            if (!got.equals(want.getValue())) {
                TreeSet<String> missing = new TreeSet<>(want.getValue());
                missing.removeAll(got);
                TreeSet<String> extra = new TreeSet<>(got);
                extra.removeAll(want.getValue());
                return "map " + want.getKey() + ": kernel-only " + missing + ", ours-only " + extra;
            }
        }
        return null;
    }

    @Test
    void everyRecordedRunAgreesWithTheKernel() throws IOException {
        List<MapHelperRow> rows = rows();
        Map<String, String> unexpected = new TreeMap<>();
        List<String> nowAgreeing = new ArrayList<>();
        int agree = 0;
        for (MapHelperRow row : rows) {
            String why = disagreement(row);
            if (why == null) {
                agree++;
                if (KNOWN.containsKey(row.name())) {
                    nowAgreeing.add(row.name());
                }
            } else if (!KNOWN.containsKey(row.name())) {
                unexpected.put(row.name(), why);
            }
        }
        System.out.println("maps+helpers differential suite: " + agree + "/" + rows.size()
                + " rows agree with the kernel (" + KNOWN.size() + " known disagreements)");
        assertTrue(rows.size() >= 150, "suite rows: " + rows.size());
        assertEquals(Map.of(), unexpected, "rows that disagree with the kernel");
        assertEquals(List.of(), nowAgreeing, "KNOWN rows that agree now: remove them from KNOWN");
    }
}
