package org.bpfplay.backend.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bpfplay.backend.system.ApiError;
import org.bpfplay.backend.system.ApiException;
import org.bpfplay.backend.system.Limits;
import org.bpfplay.engine.asm.AsmError;
import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.isa.Encoding;
import org.bpfplay.engine.isa.Program;
import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.verifier.VerificationResult;
import org.bpfplay.engine.verifier.Verifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/verify}: {@code {source | hex, programType?, logLevel?, mode?, maps?}} to the verdict,
 * the kernel-format log, the counters and how often each instruction was checked (docs/api.md).
 */
@RestController
class VerifyController {
    private final Limits limits;
    private final Assembly assembly;
    private final VerifierRuns verifier;

    VerifyController(Limits limits, Assembly assembly, VerifierRuns verifier) {
        this.limits = limits;
        this.assembly = assembly;
        this.verifier = verifier;
    }

    @PostMapping(path = "/api/verify", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode verify(@RequestBody JsonNode body) {
        RequestFields.only(body, Set.of("source", "hex", "programType", "logLevel", "mode", "maps"),
                "verify takes source or hex, programType, logLevel, mode, maps");
        VerifierRuns.Settings settings;
        try {
            settings = VerifierRuns.settings(body, 1);
        } catch (VerifierRuns.BadSettings e) {
            throw ApiException.badRequest(e.getMessage(), ApiError.Location.field(e.field()));
        }
        List<MapSpec> maps = maps(body);
        String source = RequestFields.string(body, "source", false, "the assembly program");
        String hex = RequestFields.string(body, "hex", false, "the program's bytes in hex");
        if ((source == null) == (hex == null)) {
            throw ApiException.badRequest("give exactly one of 'source' (assembly) and 'hex' (the program's bytes)");
        }
        Program program;
        if (source != null) {
            AsmResult asm = assembly.assemble(source);
            if (!asm.ok()) {
                AsmError first = asm.errors().get(0);
                throw ApiException.badRequest("the program does not assemble: " + first,
                        new ApiError.Location(first.line(), first.column(), "source", null));
            }
            program = asm.program().withExtraMaps(maps);
        } else {
            byte[] bytes = RequestFields.programHex(hex, limits.programInsns());
            Encoding.Decoded d = Encoding.decode(bytes);
            if (!d.errors().isEmpty() || bytes.length % Encoding.SLOT_BYTES != 0 || bytes.length == 0) {
                // malformed encodings: the verifier reports them as the kernel does, before any path is explored
                // (a structural rejection explores no path: every pc has 0 visits)
                VerificationResult r = Verifier.verify(bytes, settings.options());
                Program decoded = Program.of(d.instructions());
                return answer(r, decoded, new int[decoded.slotCount()]);
            }
            program = Program.of(d.instructions()).withExtraMaps(maps);
        }
        VerifierRuns.Outcome o = verifier.verify(program, settings, null, () -> false);
        if (o.stopped() != null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, ApiError.of("the verifier stopped at the "
                    + o.stopped().wire + " (bpfplay.limits.cpu-time = " + limits.cpuTime().toMillis() + " ms) before its verdict"));
        }
        return answer(o.result(), program, o.visits());
    }

    private static ObjectNode answer(VerificationResult r, Program program, int[] visits) {
        ObjectNode out = VerifierJson.verdict(r, program);
        out.put("log", VerifierRuns.cappedLog(r.log()));
        out.set("visits", VerifierJson.visits(visits));
        return out;
    }

    private static List<MapSpec> maps(JsonNode body) {
        JsonNode m = body.get("maps");
        List<MapSpec> out = new ArrayList<>();
        if (m == null || m.isNull()) {
            return out;
        }
        if (!m.isArray()) {
            throw ApiException.badRequest("'maps' must be an array of \"NAME:TYPE:KEY_SIZE:VALUE_SIZE:MAX_ENTRIES\" strings",
                    ApiError.Location.field("maps"));
        }
        for (JsonNode s : m) {
            try {
                if (!s.isString()) {
                    throw new IllegalArgumentException("each map is a string NAME:TYPE:KEY_SIZE:VALUE_SIZE:MAX_ENTRIES[:FLAGS]");
                }
                out.add(MapSpec.parse(s.stringValue()));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("'maps': " + e.getMessage(), ApiError.Location.field("maps"));
            }
        }
        return out;
    }
}
