package org.bpfplay.engine.interp;

/**
 * A helper function callable with {@code call N}. It reads its arguments (r1-r5) and memory through
 * the {@link HelperCall} and returns the new r0. To fail it calls {@link HelperCall#fail} (or lets a
 * memory access through the call fail) and returns anything; to end the program early it calls
 * {@link HelperCall#stop}.
 *
 * Helpers must be deterministic functions of their arguments, memory and state saved through
 * {@link ExternalState}: the debugger re-executes from snapshots to step backwards.
 */
@FunctionalInterface
public interface Helper {
    long call(HelperCall call);
}
