package org.bpfplay.backend.run;

import java.util.List;

import org.bpfplay.backend.system.Limits;
import org.bpfplay.engine.asm.AsmError;
import org.bpfplay.engine.asm.AsmResult;
import org.bpfplay.engine.asm.Assembler;
import org.bpfplay.engine.isa.Program;
import org.springframework.stereotype.Component;

/**
 * Assembles user source under the size limits: a source over {@code bpfplay.limits.source-bytes}
 * characters is not assembled at all, a program over {@code bpfplay.limits.program-insns} instructions
 * is refused at the line of the first instruction past the limit. Both are ordinary assembler errors.
 */
@Component
public class Assembly {
    private final Limits limits;

    public Assembly(Limits limits) {
        this.limits = limits;
    }

    public AsmResult assemble(String source) {
        if (source.length() > limits.sourceBytes()) {
            return AsmResult.failed(List.of(new AsmError(1, 1, "program source is " + source.length()
                    + " characters; the limit is " + limits.sourceBytes() + " (bpfplay.limits.source-bytes)")));
        }
        AsmResult result = Assembler.assemble(source);
        if (!result.ok()) {
            return result;
        }
        Program p = result.program();
        if (p.instructions().size() > limits.programInsns()) {
            int line = Math.max(1, p.sourceLineAt(p.pcOf(limits.programInsns())));
            return AsmResult.failed(List.of(new AsmError(line, 1, "program has " + p.instructions().size()
                    + " instructions; the limit is " + limits.programInsns() + " (bpfplay.limits.program-insns)")));
        }
        return result;
    }
}
