package org.bpfplay.engine.interp;

/**
 * How a run ended.
 *
 * @param status       EXITED or FAULTED (RUNNING only when stopped at a breakpoint)
 * @param r0           r0 at exit (meaningful when EXITED)
 * @param fault        the fault, or null
 * @param instructions instructions executed in total
 */
public record RunResult(RunStatus status, long r0, Fault fault, long instructions) {
    public boolean exited() {
        return status == RunStatus.EXITED;
    }

    @Override
    public String toString() {
        return status == RunStatus.FAULTED ? "fault after " + instructions + " instructions: " + fault
                : status == RunStatus.EXITED ? "exit r0=0x" + Long.toHexString(r0) + " after " + instructions
                + " instructions" : "stopped after " + instructions + " instructions";
    }
}
