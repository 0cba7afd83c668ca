/**
 * The interpreter: runs a {@link org.bpfplay.engine.isa.Program} with the Linux kernel's runtime
 * semantics over checked memory. {@link org.bpfplay.engine.interp.Machine} holds one run's state
 * and the fast path ({@code run()}); {@link org.bpfplay.engine.interp.Memory} maps 64-bit fake
 * pointers to typed {@link org.bpfplay.engine.interp.Region}s; helpers plug in through
 * {@link org.bpfplay.engine.interp.Helper}; {@link org.bpfplay.engine.interp.Debugger} steps a run
 * forwards and backwards; {@link org.bpfplay.engine.interp.ConformanceInterpreter} is the
 * bpf_conformance seam. Every runtime error is a {@link org.bpfplay.engine.interp.Fault} value,
 * never a JVM exception.
 */
package org.bpfplay.engine.interp;
