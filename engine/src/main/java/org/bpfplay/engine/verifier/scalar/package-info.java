/**
 * The verifier's scalar abstract domain, following the rules of the Linux verifier: {@link
 * org.bpfplay.engine.verifier.scalar.Tnum} (known/unknown bits), {@link
 * org.bpfplay.engine.verifier.scalar.Scalar} (tnum plus signed/unsigned 64- and 32-bit bounds kept
 * in sync), the ALU transfer functions ({@link org.bpfplay.engine.verifier.scalar.ScalarAlu}),
 * conversions ({@link org.bpfplay.engine.verifier.scalar.ScalarCasts}), branch prediction and
 * refinement ({@link org.bpfplay.engine.verifier.scalar.ScalarBranch}) and the kernel log format
 * ({@link org.bpfplay.engine.verifier.scalar.ScalarPrinter}). Everything is immutable; the
 * kernel's step-by-step bound updates run on a private working copy ({@code Bounds}).
 */
package org.bpfplay.engine.verifier.scalar;
