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
    private static final String PERCPU_ELEM = "no runtime helper for bpf_map_lookup_percpu_elem (id 195): the run faults 'unknown helper' at the call";
    private static final String CSUM_REPLACE = "no runtime helper for bpf_l3_csum_replace (id 10) / bpf_l4_csum_replace (id 11) in sched_cls: the run faults 'unknown helper'";
    static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("gen/002_percpu_hash.s [udp64]", PERCPU_ELEM),
            Map.entry("gen/014_percpu_array.s [udp64]", PERCPU_ELEM),
            Map.entry("gen/024_percpu_hash.s [udp64]", PERCPU_ELEM),
            Map.entry("gen/025_percpu_array.s [udp64]", PERCPU_ELEM),
            Map.entry("gen/027_lru_percpu_hash.s [udp64]", PERCPU_ELEM),
            Map.entry("gen/047_percpu_array.s [udp64]", PERCPU_ELEM),
            Map.entry("gen/093_lru_percpu_hash.s [udp64]", PERCPU_ELEM),
            Map.entry("gen/101_percpu_hash.s [udp64]", PERCPU_ELEM),
            Map.entry("gen/126_lru_percpu_hash.s [udp64]", PERCPU_ELEM),
            Map.entry("hand/l3_csum_replace_ttl.s [tcp_syn]", CSUM_REPLACE),
            Map.entry("hand/l3_csum_replace_ttl.s [udp64]", CSUM_REPLACE),
            Map.entry("hand/l4_csum_replace_addr.s [tcp_syn]", CSUM_REPLACE),
            Map.entry("hand/l4_csum_replace_addr.s [udp64]", CSUM_REPLACE));

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
