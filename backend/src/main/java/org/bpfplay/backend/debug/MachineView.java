package org.bpfplay.backend.debug;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bpfplay.backend.run.EngineJson;
import org.bpfplay.backend.run.EngineRuns;
import org.bpfplay.engine.interp.Frame;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RunStatus;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.BpfMap;
import org.bpfplay.engine.maps.MapEntry;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.runtime.Execution;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the page sees of a run: a full {@code state} (every register, every region's bytes, the context
 * with its field names, every map's entries, the trace_printk lines and ring buffer / perf events) and,
 * against an earlier {@link Capture}, a {@code diff} (only the registers, byte runs and map entries that
 * changed, and the output lines that are new). Region ids are the interpreter's (1-based).
 */
final class MachineView {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private MachineView() {
    }

    /** One moment of a run, to diff against later: registers, region bytes, map entries, output counts. */
    record Capture(long[] regs, byte[][] regions, List<Map<String, byte[]>> maps, long[] context,
                   int traceLines, int events) {
    }

    static Capture capture(Execution e) {
        Machine m = e.machine();
        List<Region> regions = m.memory().regions();
        byte[][] bytes = new byte[regions.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = regions.get(i).snapshotBytes();
        }
        List<Map<String, byte[]>> maps = new ArrayList<>();
        for (BpfMap map : e.maps()) {
            maps.add(keyed(EngineJson.mapEntries(map, EngineJson.MAP_ENTRY_LIMIT)));
        }
        return new Capture(m.registers(), bytes, maps, contextValues(e),
                e.world().traceLines().size(), EngineJson.eventCount(e));
    }

    /** Entries by key in hex (keyless entries by position: {@code #0}, {@code #1} ...), in dump order. */
    private static Map<String, byte[]> keyed(List<MapEntry> entries) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < entries.size() && i < EngineJson.MAP_ENTRY_LIMIT; i++) {
            MapEntry en = entries.get(i);
            out.put(en.key() == null ? "#" + i : EngineJson.hex(en.key()), en.value());
        }
        return out;
    }

    private static long[] contextValues(Execution e) {
        return EngineJson.contextValues(e.input().type(), EngineRuns.contextRegion(e.machine()));
    }

    private static ObjectNode context(Execution e) {
        Machine m = e.machine();
        Region ctx = EngineRuns.contextRegion(m);
        return EngineJson.context(e.input().type(), ctx, ctx == null ? 0 : m.memory().regions().indexOf(ctx) + 1);
    }

    /** The fields every state and diff carries: where the run is and how it stands. */
    private static ObjectNode position(Execution e, Program p) {
        Machine m = e.machine();
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
            String name = returnName(e.input().type(), m.returnValue());
            if (name != null) {
                o.put("returnName", name);
            }
        }
        return o;
    }

    /** The type's name for a verdict (XDP_PASS), read from the low 32 bits as the kernel does. */
    static String returnName(ProgramType type, long r0) {
        return type.returnName(r0 & 0xffffffffL);
    }

    /** The full state: position, registers, frames, regions, context, maps, output. */
    static ObjectNode full(Execution e, Program p) {
        Machine m = e.machine();
        ObjectNode o = position(e, p);
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
        o.set("context", context(e));
        o.set("maps", EngineJson.mapStates(e));
        ArrayNode trace = o.putArray("trace");
        EngineJson.traceLines(e).forEach(trace::add);
        ArrayNode events = o.putArray("events");
        EngineJson.events(e).forEach(events::add);
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

    /**
     * What changed since {@code before}: registers {@code [{r, value}]}, memory {@code [{region, name,
     * offset, bytes}]}, maps {@code [{name, entries: [{key, value}], removed: [key]}]} (changed maps only),
     * the context when a field's value changed, and {@code trace}/{@code events} as {@code {from, lines}}
     * when their lists changed: keep the first {@code from} lines, then append {@code lines}.
     */
    static ObjectNode diff(Capture before, Execution e, Program p, boolean atBreakpoint) {
        Machine m = e.machine();
        ObjectNode o = position(e, p);
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
                        .put("bytes", EngineJson.hex(Arrays.copyOfRange(cur, i, j)));
                i = j;
            }
        }
        ArrayNode maps = o.putArray("maps");
        List<BpfMap> live = e.maps();
        for (int i = 0; i < live.size() && i < before.maps().size(); i++) {
            Map<String, byte[]> was = before.maps().get(i);
            Map<String, byte[]> is = keyed(EngineJson.mapEntries(live.get(i), EngineJson.MAP_ENTRY_LIMIT));
            boolean keyless = is.keySet().stream().anyMatch(k -> k.startsWith("#"))
                    || was.keySet().stream().anyMatch(k -> k.startsWith("#"));
            ArrayNode changed = F.arrayNode();
            ArrayNode removed = F.arrayNode();
            is.forEach((k, v) -> {
                byte[] old = was.get(k);
                if (old == null || !Arrays.equals(old, v)) {
                    changed.addObject().put("key", k.startsWith("#") ? "" : k).put("value", EngineJson.hex(v));
                }
            });
            was.keySet().forEach(k -> {
                if (!is.containsKey(k)) {
                    removed.add(k);
                }
            });
            if (changed.isEmpty() && removed.isEmpty()) {
                continue;
            }
            ObjectNode mo = maps.addObject().put("name", live.get(i).name());
            if (keyless) {
                // A queue, stack or ring buffer has no keys to patch by: its whole list travels.
                ArrayNode all = mo.putArray("all");
                is.values().forEach(v -> all.addObject().put("key", "").put("value", EngineJson.hex(v)));
            } else {
                mo.set("entries", changed);
                mo.set("removed", removed);
            }
        }
        if (!Arrays.equals(contextValues(e), before.context())) {
            o.set("context", context(e));
        }
        if (e.world().traceLines().size() != before.traceLines()) {
            o.set("trace", tail(EngineJson.traceLines(e), before.traceLines()));
        }
        if (EngineJson.eventCount(e) != before.events()) {
            o.set("events", tail(EngineJson.events(e), before.events()));
        }
        return o;
    }

    /** {@code {from, lines}}: the list now is its first {@code from} lines as before, then {@code lines}. */
    private static ObjectNode tail(List<String> now, int countBefore) {
        int from = Math.min(now.size(), countBefore);
        ObjectNode o = F.objectNode().put("from", from);
        ArrayNode lines = o.putArray("lines");
        now.subList(from, now.size()).forEach(lines::add);
        return o;
    }
}
