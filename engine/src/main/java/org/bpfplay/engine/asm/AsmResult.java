package org.bpfplay.engine.asm;

import java.util.List;

import org.bpfplay.engine.isa.Program;

/**
 * What an assembler produced: the program, or (when {@link #errors()} is not empty) every error
 * found in one pass over the source. {@code program} is null when there are errors.
 */
public record AsmResult(Program program, List<AsmError> errors) {
    public AsmResult {
        errors = List.copyOf(errors);
        if (program == null && errors.isEmpty()) {
            throw new IllegalArgumentException("an AsmResult without a program must carry errors");
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public static AsmResult of(Program program) {
        return new AsmResult(program, List.of());
    }

    public static AsmResult failed(List<AsmError> errors) {
        return new AsmResult(null, errors);
    }
}
