/*
 * Map helpers, packet helpers and the sched_cls/cgroup_skb/xdp contexts against the kernel: every case of
 * runtime/cases.jsonl (recorded by scripts/record-runtime-cases.py with kernel-oracle) runs through
 * ProgramRun from its instruction bytes with its --map/--init arguments, and retval, data_out and the
 * dumped maps must equal the kernel's (hash maps compared as sets: their order depends on a random seed).
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapEntry;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.junit.jupiter.api.Test;

class RuntimeCasesTest {

    static List<String> lines() throws IOException {
        try (InputStream in = RuntimeCasesTest.class.getClassLoader().getResourceAsStream("runtime/cases.jsonl")) {
            assertTrue(in != null, "runtime/cases.jsonl is missing");
            List<String> out = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank()) {
                    out.add(l);
                }
            }
            return out;
        }
    }

    static String str(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(line);
        return m.find() ? m.group(1) : null;
    }

    static List<String> list(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \\[([^\\]]*)\\]").matcher(line);
        List<String> out = new ArrayList<>();
        if (m.find()) {
            Matcher s = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
            while (s.find()) {
                out.add(s.group(1));
            }
        }
        return out;
    }

    @Test
    void everyCaseAgreesWithTheKernel() throws IOException {
        List<String> lines = lines();
        List<String> bad = new ArrayList<>();
        for (String line : lines) {
            String name = str(line, "name");
            List<MapSpec> specs = new ArrayList<>();
            for (String m : list(line, "maps")) {
                specs.add(MapSpec.parse(m));
            }
            List<MapInit> inits = new ArrayList<>();
            for (String i : list(line, "inits")) {
                inits.add(MapInit.parse(i));
            }
            String data = str(line, "data");
            String ctx = str(line, "ctx");
            Encoding.Decoded d = Encoding.decode(HexFormat.of().parseHex(str(line, "insns")));
            RunInput input = new RunInput(ProgramType.byName(str(line, "type")),
                    data == null ? null : HexFormat.of().parseHex(data), ctx == null ? null : HexFormat.of().parseHex(ctx),
                    inits, 1, 0, Budget.instructions(1_000_000));
            Matcher rep = Pattern.compile("\"repeat\": ([0-9]+)").matcher(line);
            int repeat = rep.find() ? Integer.parseInt(rep.group(1)) : 1;
            Prepared prepared = new ProgramRun().prepare(Program.of(d.instructions()).withMaps(specs), input);
            RunOutcome o = prepared.ok() ? prepared.execution().run() : RunOutcome.failed(prepared.error());
            for (int i = 1; i < repeat && o.ok(); i++) {
                o = prepared.execution().runAgain();
            }
            Matcher rv = Pattern.compile("\"retval\": ([0-9]+)").matcher(line);
            assertTrue(rv.find(), name + ": no retval recorded");
            long retval = Long.parseLong(rv.group(1));
            if (!o.ok() || o.fault() != null) {
                bad.add(name + ": " + (o.ok() ? o.fault() : o.error()));
                continue;
            }
            if (o.retval() != retval) {
                bad.add(name + ": retval " + o.retval() + ", kernel " + retval);
            }
            String out = HexFormat.of().formatHex(o.dataOut());
            if (!out.equals(str(line, "data_out"))) {
                bad.add(name + ": data_out " + out + ", kernel " + str(line, "data_out"));
            }
            TreeSet<String> ours = new TreeSet<>();
            for (String map : list(line, "dumped")) {
                for (MapEntry e : o.maps().get(map)) {
                    ours.add(map + ":" + HexFormat.of().formatHex(e.key()) + "=" + HexFormat.of().formatHex(e.value()));
                }
            }
            if (!ours.equals(new TreeSet<>(list(line, "entries")))) {
                bad.add(name + ": maps " + ours + ", kernel " + list(line, "entries"));
            }
        }
        System.out.println("runtime cases: " + (lines.size() - bad.size()) + "/" + lines.size() + " agree with the kernel");
        assertTrue(lines.size() >= 40);
        assertEquals(List.of(), bad);
    }
}
