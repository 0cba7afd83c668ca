package org.bpfplay.engine.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapEntry;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.runtime.Execution;
import org.bpfplay.engine.runtime.MapInit;
import org.bpfplay.engine.runtime.Prepared;
import org.bpfplay.engine.runtime.ProgramRun;
import org.bpfplay.engine.runtime.RunInput;
import org.bpfplay.engine.runtime.RunOutcome;
import org.junit.jupiter.api.Test;

/**
 * The kernel-differential corpora through the JIT: every recorded run must give the kernel's retval,
 * data_out and map dumps, and end exactly as the interpreter's run of the same input (fault, count,
 * maps, events, trace). Rows the kernel refused to run are covered by the runtime's own tests.
 */
class JitDiffTest {

    @Test
    void runCorpusAgreesWithTheKernelThroughTheJit() throws IOException {
        check(KernelRow.load("diff/run/expected.jsonl"), 50_000_000, 600);
    }

    @Test
    void mapsAndHelpersCorpusAgreesWithTheKernelThroughTheJit() throws IOException {
        check(KernelRow.load("diff/maps-helpers/expected.jsonl"), 10_000_000, 150);
    }

    private static void check(List<KernelRow> rows, long budget, int minRows) {
        List<String> disagreements = new ArrayList<>();
        int compiled = 0;
        for (KernelRow row : rows) {
            Encoding.Decoded d = Encoding.decode(row.insns());
            assertTrue(d.ok(), row.name() + ": " + d.errors());
            List<MapSpec> specs = new ArrayList<>();
            for (String m : row.maps()) {
                specs.add(MapSpec.parse(m));
            }
            List<MapInit> inits = new ArrayList<>();
            for (String i : row.inits()) {
                inits.add(MapInit.parse(i));
            }
            Program program = Program.of(d.instructions()).withMaps(specs);
            RunInput input = new RunInput(ProgramType.byName(row.type()), row.data(), row.ctx(), inits, row.cpus(), 0,
                    Budget.instructions(budget));
            Prepared pj = new ProgramRun().withJit(true).prepare(program, input);
            Prepared pi = new ProgramRun().withJit(false).prepare(program, input);
            if (!pj.ok()) {
                disagreements.add(row.name() + ": did not start: " + pj.error());
                continue;
            }
            Execution ej = pj.execution();
            RunOutcome o = ej.run();
            RunOutcome ref = pi.execution().run();
            if (ej.jit() != null && ej.jit().ok()) {
                compiled++;
            }
            String why = kernelDisagreement(row, o);
            if (why == null) {
                why = interpreterDisagreement(ref, o);
            }
            if (why != null) {
                disagreements.add(row.name() + ": " + why + " (" + ej.jit() + ")");
            }
        }
        System.out.println("jit differential: " + (rows.size() - disagreements.size()) + "/" + rows.size()
                + " rows agree, " + compiled + " compiled");
        assertTrue(rows.size() >= minRows, "rows: " + rows.size());
        assertEquals(List.of(), disagreements);
        assertTrue(compiled >= rows.size() * 9 / 10, "compiled " + compiled + " of " + rows.size());
    }

    private static String kernelDisagreement(KernelRow row, RunOutcome o) {
        if (o.fault() != null) {
            return "fault: " + o.fault();
        }
        if (o.retval() != row.retval()) {
            return "retval " + o.retval() + ", kernel " + row.retval();
        }
        String ours = o.dataOut() == null ? "" : HexFormat.of().formatHex(o.dataOut());
        String kernel = row.dataOut() == null ? "" : HexFormat.of().formatHex(row.dataOut());
        if (!ours.equals(kernel)) {
            return "data_out " + ours + ", kernel " + kernel;
        }
        for (Map.Entry<String, TreeSet<String>> want : row.dumps().entrySet()) {
            List<MapEntry> entries = o.maps().get(want.getKey());
            if (entries == null) {
                return "no dump of map " + want.getKey();
            }
            if (!dump(entries).equals(want.getValue())) {
                return "map " + want.getKey() + " " + dump(entries) + ", kernel " + want.getValue();
            }
        }
        return null;
    }

    private static TreeSet<String> dump(List<MapEntry> entries) {
        TreeSet<String> got = new TreeSet<>();
        for (MapEntry e : entries) {
            got.add((e.key() == null ? "" : HexFormat.of().formatHex(e.key())) + " " + HexFormat.of().formatHex(e.value()));
        }
        return got;
    }

    private static String interpreterDisagreement(RunOutcome ref, RunOutcome o) {
        if (!ref.result().equals(o.result())) {
            return "interpreter " + ref.result() + ", jit " + o.result();
        }
        if (!java.util.Arrays.equals(ref.dataOut(), o.dataOut())) {
            return "data_out differs from the interpreter's";
        }
        for (String map : ref.maps().keySet()) {
            if (!dump(ref.maps().get(map)).equals(dump(o.maps().get(map)))) {
                return "map " + map + " differs from the interpreter's";
            }
        }
        if (!ref.events().equals(o.events()) || !ref.trace().equals(o.trace())) {
            return "events or trace differ from the interpreter's";
        }
        return null;
    }
}
