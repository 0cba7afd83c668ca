/**
 * JMH benchmarks of the verifier (built only with {@code -Pbench}; see BENCHMARKS.md, "Verifier"):
 * generated programs (test class org.bpfplay.engine.verifier.VerifierBenchPrograms) of three shapes and three sizes, whose kernel verification times are recorded
 * by scripts/measure-kernel-verify-time.sh from the same generator.
 */
package org.bpfplay.engine.verifier.bench;
