package org.bpfplay.backend.run;

import java.util.Set;

import org.bpfplay.backend.system.ApiError;
import org.bpfplay.backend.system.ApiException;
import org.bpfplay.backend.system.Limits;
import org.bpfplay.engine.asm.AsmError;
import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.disasm.Disassembler;
import org.bpfplay.engine.disasm.Disassembler.Syntax;
import org.bpfplay.engine.interp.RunResult;
import org.bpfplay.engine.interp.RunStatus;
import org.bpfplay.engine.isa.DecodeError;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.InsnCheck;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.runtime.RunOutcome;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The REST operations on programs: assemble, disassemble, run. Reads the request, applies the limits,
 * calls the engine (interpreter setup only through {@link EngineRuns}) and writes the answer.
 */
@Service
public class ProgramService {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Limits limits;
    private final Assembly assembly;
    private final EngineRuns runs;

    public ProgramService(Limits limits, Assembly assembly, EngineRuns runs) {
        this.limits = limits;
        this.assembly = assembly;
        this.runs = runs;
    }

    /** {@code {source}} -> {@code {instructions, maps, errors}}; assembler errors are a 200 answer (they are the result). */
    public ObjectNode assemble(JsonNode body) {
        RequestFields.only(body, Set.of("source"), "assemble takes source");
        AsmResult r = assembly.assemble(RequestFields.string(body, "source", true, "the assembly program"));
        ObjectNode out = F.objectNode();
        out.set("instructions", r.ok() ? EngineJson.instructions(r.program()) : F.arrayNode());
        out.set("maps", r.ok() ? EngineJson.maps(r.program()) : F.arrayNode());
        out.set("errors", EngineJson.asmErrors(r.errors()));
        return out;
    }

    /** {@code {hex}} -> both listings and the decode / instruction-check problems with their slot. */
    public ObjectNode disassemble(JsonNode body) {
        RequestFields.only(body, Set.of("hex"), "disassemble takes hex");
        String text = RequestFields.string(body, "hex", true, "the program's bytes in hex");
        Encoding.Decoded decoded = Encoding.decode(RequestFields.programHex(text, limits.programInsns()));
        Program program = Program.of(decoded.instructions());
        ObjectNode out = F.objectNode();
        ArrayNode insns = out.putArray("instructions");
        EngineJson.instructions(program).forEach(i -> {
            ((ObjectNode) i).remove("line");
            insns.add(i);
        });
        ArrayNode kernel = out.putArray("kernel");
        Disassembler.listing(program, Syntax.KERNEL).forEach(kernel::add);
        ArrayNode llvm = out.putArray("llvm");
        Disassembler.listing(program, Syntax.LLVM).forEach(llvm::add);
        ArrayNode problems = out.putArray("problems");
        for (DecodeError e : decoded.errors()) {
            problems.addObject().put("slot", e.slot()).put("message", e.message());
        }
        for (InsnCheck.Problem p : InsnCheck.check(program)) {
            problems.addObject().put("slot", p.pc()).put("message", p.message());
        }
        return out;
    }

    /**
     * {@code {source, packet?, budget?, type?, ctx?, context?, mapSeeds?, seed?}} -> {@code {status, r0,
     * retval, returnName?, instructions, fault?, dataOut, maps, trace, events}}.
     */
    public ObjectNode run(JsonNode body) {
        Set<String> fields = new java.util.HashSet<>(Set.of("source", "packet", "budget"));
        fields.addAll(RunSettings.FIELDS);
        RequestFields.only(body, fields, "run takes source, packet, budget, type, ctx, context, mapSeeds, seed");
        String source = RequestFields.string(body, "source", true, "the assembly program");
        String packet = RequestFields.string(body, "packet", false, "a packet description or hex bytes");
        Long budget = RequestFields.positive(body, "budget", "most instructions to execute");
        RunSettings.Parsed parsed = RunSettings.parse(body);
        if (!parsed.ok()) {
            throw ApiException.badRequest(parsed.error(), ApiError.Location.field(parsed.field()));
        }
        RunSettings settings = parsed.settings();
        AsmResult asm = assembly.assemble(source);
        if (!asm.ok()) {
            AsmError first = asm.errors().get(0);
            String more = asm.errors().size() > 1 ? " (and " + (asm.errors().size() - 1) + " more errors)" : "";
            throw ApiException.badRequest("the program does not assemble: " + first + more,
                    new ApiError.Location(first.line(), first.column(), "source", null));
        }
        PacketInput input = runs.packet(packet, settings.type());
        if (!input.ok()) {
            throw ApiException.badRequest("bad packet: " + input.errors().get(0), ApiError.Location.field("packet"));
        }
        RunOutcome outcome = runs.run(asm.program(), settings, input.bytes(), runs.budget(budget));
        if (!outcome.ok()) {
            throw ApiException.badRequest("the run cannot start: " + outcome.error());
        }
        RunResult r = outcome.result();
        ObjectNode out = F.objectNode();
        out.put("status", r.status() == RunStatus.EXITED ? "exited" : "faulted");
        out.put("r0", EngineJson.hex64(r.r0()));
        out.put("retval", r.r0() & 0xffffffffL);
        String name = r.status() == RunStatus.EXITED ? settings.type().returnName(r.r0() & 0xffffffffL) : null;
        if (name != null) {
            out.put("returnName", name);
        }
        out.put("instructions", r.instructions());
        if (r.fault() != null) {
            out.set("fault", EngineJson.fault(r.fault(), asm.program()));
        }
        out.put("dataOut", outcome.dataOut() == null ? "" : EngineJson.hex(outcome.dataOut()));
        ArrayNode maps = out.putArray("maps");
        for (MapSpec spec : asm.program().maps()) {
            maps.add(EngineJson.mapState(spec, outcome.maps().getOrDefault(spec.name(), java.util.List.of())));
        }
        ArrayNode trace = out.putArray("trace");
        outcome.trace().forEach(trace::add);
        ArrayNode events = out.putArray("events");
        outcome.events().forEach(events::add);
        return out;
    }
}
