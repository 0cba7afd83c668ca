package org.bpfplay.backend.run;

import java.util.HexFormat;
import java.util.List;

import org.bpfplay.engine.asm.AsmError;
import org.bpfplay.engine.disasm.Disassembler;
import org.bpfplay.engine.disasm.Disassembler.Syntax;
import org.bpfplay.engine.interp.Fault;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Instruction;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapSpec;
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
}
