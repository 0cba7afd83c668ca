package org.bpfplay.backend.run;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.bpfplay.engine.asm.AsmError;
import org.bpfplay.engine.disasm.Disassembler;
import org.bpfplay.engine.disasm.Disassembler.Syntax;
import org.bpfplay.engine.interp.Fault;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.helpers.TraceLine;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.VirtualField;
import org.bpfplay.engine.maps.BpfMap;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.maps.MapEntry;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.maps.PerfEventArray;
import org.bpfplay.engine.maps.PerfSample;
import org.bpfplay.engine.maps.RingBuffer;
import org.bpfplay.engine.maps.RingbufRecord;
import org.bpfplay.engine.progtype.ContextField;
import org.bpfplay.engine.progtype.ProgramType;
import org.bpfplay.engine.runtime.Execution;
import org.bpfplay.engine.packet.DissectedLayer;
import org.bpfplay.engine.packet.Dissection;
import org.bpfplay.engine.packet.PacketError;
import org.bpfplay.engine.packet.PacketField;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Engine data as JSON, the same shapes for the REST API and the session protocol (docs/api.md,
 * docs/protocol.md). 64-bit values travel as hex strings ({@code "0x2a"}): JSON numbers lose
 * precision above 2^53 in browsers.
 */
public final class EngineJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final HexFormat HEX = HexFormat.of();

    private EngineJson() {
    }

    /** A 64-bit value as unsigned hex, {@code 0x0} .. {@code 0xffffffffffffffff}. */
    public static String hex64(long v) {
        return "0x" + Long.toHexString(v);
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** {@code [{pc, hex, kernel, llvm, line}]}: one entry per instruction (an ld_imm64 covers two pcs). */
    public static ArrayNode instructions(Program program) {
        ArrayNode out = F.arrayNode();
        List<Instruction> insns = program.instructions();
        for (int i = 0; i < insns.size(); i++) {
            Instruction insn = insns.get(i);
            int pc = program.pcOf(i);
            ObjectNode o = out.addObject();
            o.put("pc", pc);
            o.put("hex", hex(Encoding.encode(insn)));
            o.put("kernel", Disassembler.format(insn, Syntax.KERNEL));
            o.put("llvm", Disassembler.format(insn, Syntax.LLVM));
            o.put("line", program.sourceLineAt(pc));
            String label = program.labels().get(pc);
            if (label != null) {
                o.put("label", label);
            }
        }
        return out;
    }

    /** {@code [{name, type, keySize, valueSize, maxEntries}]}. */
    public static ArrayNode maps(Program program) {
        ArrayNode out = F.arrayNode();
        for (MapSpec m : program.maps()) {
            ObjectNode o = out.addObject();
            o.put("name", m.name());
            o.put("type", m.type().toString());
            o.put("keySize", m.keySize());
            o.put("valueSize", m.valueSize());
            o.put("maxEntries", m.maxEntries());
        }
        return out;
    }

    /** {@code [{line, column, message}]}. */
    public static ArrayNode asmErrors(List<AsmError> errors) {
        ArrayNode out = F.arrayNode();
        for (AsmError e : errors) {
            out.addObject().put("line", e.line()).put("column", e.column()).put("message", e.message());
        }
        return out;
    }

    /** {@code [{location, message}]} for packet descriptions. */
    public static ArrayNode packetErrors(List<PacketError> errors) {
        ArrayNode out = F.arrayNode();
        for (PacketError e : errors) {
            out.addObject().put("location", e.location()).put("message", e.message());
        }
        return out;
    }

    /** {@code {kind, pc, line, message}}: kind is the engine's label ("out of bounds", "instruction limit"). */
    public static ObjectNode fault(Fault fault, Program program) {
        ObjectNode o = F.objectNode();
        o.put("kind", fault.kind().label);
        o.put("pc", fault.pc());
        o.put("line", program.sourceLineAt(fault.pc()));
        o.put("message", fault.toString());
        return o;
    }

    /** {@code {layers: [{name, offset, length, fields: [{name, offset, length, value, note}]}], problems: [...]}}. */
    public static ObjectNode dissection(Dissection d) {
        ObjectNode o = F.objectNode();
        ArrayNode layers = o.putArray("layers");
        for (DissectedLayer l : d.layers()) {
            ObjectNode lo = layers.addObject();
            lo.put("name", l.name()).put("offset", l.offset()).put("length", l.length());
            ArrayNode fields = lo.putArray("fields");
            for (PacketField f : l.fields()) {
                fields.addObject().put("name", f.name()).put("offset", f.offset()).put("length", f.length())
                        .put("value", f.value()).put("note", f.note());
            }
        }
        o.set("problems", packetErrors(d.problems()));
        return o;
    }

    /** Most entries listed per map (a map's state past them is summed up as {@code truncated}). */
    public static final int MAP_ENTRY_LIMIT = 256;

    /**
     * A map's entries in the kernel's dump order (get_next_key from the start), at most {@code limit}
     * (one more is read, so the caller can tell there are more). Types without keys (queue, stack,
     * ring buffer) list their contents in their own order with empty keys.
     */
    public static List<MapEntry> mapEntries(BpfMap m, int limit) {
        List<MapEntry> out = new ArrayList<>();
        byte[] key = null;
        for (int n = 0; n <= limit; n++) {
            byte[] next = new byte[m.spec().keySize()];
            int rc = m.getNextKey(key, next);
            if (rc == Errno.ENOTSUPP.neg() && n == 0) {
                List<MapEntry> all = m.entries();
                return new ArrayList<>(all.subList(0, Math.min(all.size(), limit + 1)));
            }
            if (rc != 0) {
                break;
            }
            org.bpfplay.engine.maps.UserLookup v = m.userLookup(next);
            if (v.ok()) {
                out.add(new MapEntry(next, v.value()));
            }
            key = next;
        }
        return out;
    }

    /** {@code {name, type, keySize, valueSize, maxEntries, entries: [{key, value}], truncated}}. */
    public static ObjectNode mapState(BpfMap m, List<MapEntry> entries) {
        return mapState(m.spec(), entries);
    }

    /** As {@link #mapState(BpfMap, List)}, from the map's definition and a dump. */
    public static ObjectNode mapState(MapSpec s, List<MapEntry> entries) {
        ObjectNode o = F.objectNode();
        o.put("name", s.name()).put("type", s.type().toString()).put("keySize", s.keySize())
                .put("valueSize", s.valueSize()).put("maxEntries", s.maxEntries());
        ArrayNode list = o.putArray("entries");
        for (int i = 0; i < entries.size() && i < MAP_ENTRY_LIMIT; i++) {
            list.add(entry(entries.get(i)));
        }
        o.put("truncated", entries.size() > MAP_ENTRY_LIMIT);
        return o;
    }

    /** {@code {key, value}} in hex; keyless entries have key {@code ""}. */
    public static ObjectNode entry(MapEntry e) {
        return F.objectNode().put("key", e.key() == null ? "" : hex(e.key())).put("value", hex(e.value()));
    }

    /** Every map of a run with its entries. */
    public static ArrayNode mapStates(Execution e) {
        ArrayNode out = F.arrayNode();
        for (BpfMap m : e.maps()) {
            out.add(mapState(m, mapEntries(m, MAP_ENTRY_LIMIT)));
        }
        return out;
    }

    /** The trace_printk lines so far, as trace_pipe shows them. */
    public static List<String> traceLines(Execution e) {
        List<String> out = new ArrayList<>();
        for (TraceLine line : e.world().traceLines()) {
            out.add(line.render());
        }
        return out;
    }

    /** What user space would read from the ring buffers and perf event arrays, in map order. */
    public static List<String> events(Execution e) {
        List<String> out = new ArrayList<>();
        for (BpfMap m : e.maps()) {
            if (m instanceof RingBuffer rb) {
                for (RingbufRecord rec : rb.records()) {
                    if (!rec.busy() && !rec.discarded()) {
                        out.add("ringbuf " + m.name() + ": " + hex(rec.data()));
                    }
                }
            } else if (m instanceof PerfEventArray p) {
                for (PerfSample sample : p.samples()) {
                    out.add("perf " + m.name() + "[" + sample.index() + "] cpu " + sample.cpu() + ": " + hex(sample.data()));
                }
            }
        }
        return out;
    }

    /**
     * The context the program got in r1: {@code {type, struct, region, fields: [{name, offset, size,
     * kind, access, value, doc}]}}; a pointer field's value is the address the program loads from it.
     */
    public static ObjectNode context(ProgramType type, Region ctx, int regionId) {
        ObjectNode o = F.objectNode();
        o.put("type", type.oracleName).put("struct", type.context.structName()).put("region", regionId);
        ArrayNode fields = o.putArray("fields");
        long[] values = contextValues(type, ctx);
        int i = 0;
        for (ContextField f : type.context.fields()) {
            ObjectNode fo = fields.addObject();
            fo.put("name", f.name()).put("offset", f.offset()).put("size", f.size())
                    .put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT)).put("access", f.access().label);
            fo.put("value", hex64(values[i++]));
            fo.put("doc", f.doc());
        }
        return o;
    }

    /** Each context field's current value, in field order. */
    public static long[] contextValues(ProgramType type, Region ctx) {
        byte[] bytes = ctx == null ? new byte[0] : ctx.snapshotBytes();
        List<ContextField> fields = type.context.fields();
        long[] out = new long[fields.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = contextValue(ctx, bytes, fields.get(i));
        }
        return out;
    }

    /** How many events {@link #events} would list, without formatting them. */
    public static int eventCount(Execution e) {
        int n = 0;
        for (BpfMap m : e.maps()) {
            if (m instanceof RingBuffer rb) {
                for (RingbufRecord rec : rb.records()) {
                    if (!rec.busy() && !rec.discarded()) {
                        n++;
                    }
                }
            } else if (m instanceof PerfEventArray p) {
                n += p.samples().size();
            }
        }
        return n;
    }

    private static long contextValue(Region ctx, byte[] bytes, ContextField f) {
        if (ctx != null) {
            for (VirtualField v : ctx.virtualFields()) {
                if (v.name().equals(f.name())) {
                    return ctx.virtualValue(f.name());
                }
            }
        }
        long v = 0;
        for (int i = Math.min(f.size(), 8) - 1; i >= 0; i--) {
            int at = f.offset() + i;
            v = (v << 8) | (at < bytes.length ? bytes[at] & 0xff : 0);
        }
        return v;
    }
}
