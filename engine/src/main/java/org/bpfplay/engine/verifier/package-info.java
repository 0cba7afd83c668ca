/**
 * The static verifier: an abstract interpreter that must agree with the Linux 6.18 verifier on
 * verdicts, messages, register states and log text. {@link org.bpfplay.engine.verifier.Verifier}
 * is the entry point. Sub-packages: {@code scalar} (tnums and min/max bounds), {@code state}
 * (registers, stack slots, frames), {@code cfg} (whole-program checks, liveness, loops),
 * {@code check} (per-instruction checks), {@code explore} (path exploration, pruning,
 * precision) and {@code log} (kernel-format log text and the event stream).
 */
package org.bpfplay.engine.verifier;
