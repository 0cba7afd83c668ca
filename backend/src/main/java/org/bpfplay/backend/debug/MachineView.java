package org.bpfplay.backend.debug;

import java.util.List;

import org.bpfplay.backend.run.EngineJson;
import org.bpfplay.engine.interp.Frame;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RunStatus;
import org.bpfplay.engine.isa.Program;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the page sees of a machine: a full {@code state} (every register and every region's bytes) and,
 * against an earlier {@link Capture}, a {@code diff} (only the registers and byte runs that changed).
 * Region ids are the interpreter's (1-based); a diff names the region by id and name.
 */
final class MachineView {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private MachineView() {
    }

    /** Registers and all region bytes at one moment, to diff against later. */
    record Capture(long[] regs, byte[][] regions) {
    }

    static Capture capture(Machine m) {
        List<Region> regions = m.memory().regions();
        byte[][] bytes = new byte[regions.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = regions.get(i).snapshotBytes();
        }
        return new Capture(m.registers(), bytes);
    }

    /** The fields every state and diff carries: where the run is and how it stands. */
    private static ObjectNode position(Machine m, Program p) {
        ObjectNode o = F.objectNode();
        o.put("position", m.instructionCount());
        o.put("pc", m.pc());
        o.put("line", p.sourceLineAt(m.pc()));
        o.put("depth", m.depth());
        o.put("stackRegion", m.stackRegionId(m.depth()));
        o.put("status", m.status().name().toLowerCase(java.util.Locale.ROOT));
        if (m.status() == RunStatus.FAULTED && m.fault() != null) {
            o.set("fault", EngineJson.fault(m.fault(), p));
        }
        if (m.status() == RunStatus.EXITED) {
            o.put("returnValue", EngineJson.hex64(m.returnValue()));
        }
        return o;
    }

    /** The full state: position, registers r0..r10, frames and every region. */
    static ObjectNode full(Machine m, Program p) {
        ObjectNode o = position(m, p);
        ArrayNode regs = o.putArray("registers");
        for (long r : m.registers()) {
            regs.add(EngineJson.hex64(r));
        }
        ArrayNode frames = o.putArray("frames");
        for (Frame f : m.frames()) {
            frames.addObject().put("index", f.index()).put("returnPc", f.returnPc())
                    .put("stackRegion", m.stackRegionId(f.index()));
        }
        ArrayNode regions = o.putArray("regions");
        List<Region> list = m.memory().regions();
        for (int i = 0; i < list.size(); i++) {
            Region r = list.get(i);
            byte[] bytes = r.snapshotBytes();
            // All-zero regions (the stacks of frames not entered yet) travel as their length only.
            regions.addObject().put("id", i + 1).put("name", r.name()).put("kind", r.kind().label)
                    .put("writable", r.writable()).put("length", bytes.length)
                    .put("bytes", allZero(bytes) ? "" : EngineJson.hex(bytes));
        }
        return o;
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** What changed since {@code before}: registers {@code [{r, value}]}, memory {@code [{region, name, offset, bytes}]}. */
    static ObjectNode diff(Capture before, Machine m, Program p, boolean atBreakpoint) {
        ObjectNode o = position(m, p);
        o.put("atBreakpoint", atBreakpoint);
        ArrayNode regs = o.putArray("registers");
        long[] now = m.registers();
        for (int i = 0; i < now.length; i++) {
            if (now[i] != before.regs()[i]) {
                regs.addObject().put("r", i).put("value", EngineJson.hex64(now[i]));
            }
        }
        ArrayNode mem = o.putArray("memory");
        List<Region> list = m.memory().regions();
        for (int id = 0; id < list.size() && id < before.regions().length; id++) {
            byte[] old = before.regions()[id];
            byte[] cur = list.get(id).snapshotBytes();
            int n = Math.min(old.length, cur.length);
            int i = 0;
            while (i < n) {
                if (old[i] == cur[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && old[j] != cur[j]) {
                    j++;
                }
                mem.addObject().put("region", id + 1).put("name", list.get(id).name()).put("offset", i)
                        .put("bytes", EngineJson.hex(java.util.Arrays.copyOfRange(cur, i, j)));
                i = j;
            }
        }
        return o;
    }
}
