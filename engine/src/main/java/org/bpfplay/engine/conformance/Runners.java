package org.bpfplay.engine.conformance;

/**
 * The one place that chooses the real {@link ProgramRunner} for the conformance command and
 * plugin, so that nothing else in this package depends on the interpreter.
 */
public final class Runners {
    private Runners() {
    }

    /** The interpreter as a runner. Until it is wired in, every run reports that it is missing. */
    public static ProgramRunner interpreter() {
        return (program, memory) -> new ProgramRunner.Outcome(0, "interpreter not available yet");
    }
}
