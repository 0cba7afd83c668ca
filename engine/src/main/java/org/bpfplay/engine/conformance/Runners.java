package org.bpfplay.engine.conformance;

/**
 * The one place that chooses the real {@link ProgramRunner} for the conformance command and
 * plugin, so that nothing else in this package depends on the interpreter.
 */
public final class Runners {
    private Runners() {
    }

    /** The interpreter, with the uBPF test helpers and calling convention. */
    public static ProgramRunner interpreter() {
        return new org.bpfplay.engine.interp.ConformanceInterpreter();
    }
}
