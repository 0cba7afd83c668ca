package org.bpfplay.engine.interp;

import org.bpfplay.engine.conformance.ProgramRunner;
import org.bpfplay.engine.isa.Program;

/**
 * Runs bpf_conformance programs with the interpreter, following uBPF's convention: r1 points to a
 * writable copy of the test memory (0 when there is none), r2 holds its length, r10 the top of a
 * 512-byte stack, and the uBPF test helpers ({@link ConformanceHelpers}) are callable.
 */
public final class ConformanceInterpreter implements ProgramRunner {
    private final Budget budget;

    public ConformanceInterpreter(Budget budget) {
        this.budget = budget;
    }

    public ConformanceInterpreter() {
        this(Budget.DEFAULT);
    }

    @Override
    public Outcome run(Program program, byte[] memory) {
        Machine m = machine(program, memory);
        RunResult r = m.run(budget);
        return r.exited() ? new Outcome(r.r0(), null) : new Outcome(0, String.valueOf(r.fault()));
    }

    /** The machine a conformance run uses, ready to run or to step. */
    public static Machine machine(Program program, byte[] memory) {
        Memory mem = new Memory();
        Machine m = new Machine(program, mem, ConformanceHelpers.registry());
        if (memory.length > 0) {
            int id = mem.add(new Region("memory", RegionKind.MEMORY, memory.clone(), true));
            m.setRegister(1, Memory.address(id));
        }
        m.setRegister(2, memory.length);
        return m;
    }
}
