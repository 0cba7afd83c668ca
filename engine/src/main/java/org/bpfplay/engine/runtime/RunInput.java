package org.bpfplay.engine.runtime;

import java.util.List;

import org.bpfplay.engine.interp.Budget;
import org.bpfplay.engine.progtype.ProgramType;

/**
 * What a run is given besides the program: the type, the packet ({@code data_in}), the context
 * ({@code ctx_in}, null = the type's default), map entries to pre-fill, the number of simulated CPUs
 * (the run happens on CPU 0), a seed for helpers that need randomness, and the budget.
 */
public record RunInput(ProgramType type, byte[] data, byte[] ctx, List<MapInit> inits, int cpus, long seed,
                       Budget budget) {
    public RunInput {
        data = data == null ? new byte[0] : data;
        inits = inits == null ? List.of() : List.copyOf(inits);
        if (cpus < 1) {
            throw new IllegalArgumentException("at least one CPU");
        }
        budget = budget == null ? Budget.DEFAULT : budget;
    }

    /** A run with a packet only: one CPU, seed 0, the default budget. */
    public static RunInput of(ProgramType type, byte[] data) {
        return new RunInput(type, data, null, List.of(), 1, 0, Budget.DEFAULT);
    }

    public RunInput withCtx(byte[] newCtx) {
        return new RunInput(type, data, newCtx, inits, cpus, seed, budget);
    }

    public RunInput withInits(List<MapInit> newInits) {
        return new RunInput(type, data, ctx, newInits, cpus, seed, budget);
    }
}
