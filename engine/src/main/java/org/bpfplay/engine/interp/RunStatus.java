package org.bpfplay.engine.interp;

/** Where a run is: still able to execute, ended by exit, or ended by a fault. */
public enum RunStatus {
    RUNNING, EXITED, FAULTED
}
