package org.bpfplay.engine.runtime;

/** The result of {@link ProgramRun#prepare}: an execution ready to run, or why test_run would refuse. */
public record Prepared(Execution execution, RunError error) {
    public boolean ok() {
        return execution != null;
    }
}
