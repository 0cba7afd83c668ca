/**
 * The interactive debugger behind the session socket: the engine's implementation of
 * {@link org.bpfplay.backend.session.DebugCommands}. One {@link org.bpfplay.backend.debug.DebugRun} per
 * socket holds the assembled program, the run's settings and input, the prepared run (the engine's
 * {@code Execution}: context, packet, maps), the interpreter's {@code Debugger} (with its history for step
 * back) and the breakpoints, and answers {@code load}, {@code step} (into / over), {@code stepBack},
 * {@code continue}, {@code runTo}, {@code setBreakpoints}, {@code setMapEntry}, {@code reset},
 * {@code changeInput}, {@code run} and {@code trace} with full {@code state} snapshots and {@code diff}s
 * (docs/protocol.md), maps and output included;
 * {@link org.bpfplay.backend.debug.VerifyJobs} streams the verifier's events for {@code verify}.
 */
package org.bpfplay.backend.debug;
