/**
 * The bpf_conformance suite: its {@code .data} file format ({@link ConformanceTest} read by
 * {@link ConformanceTestParser}), the check of one test against a {@link ProgramRunner}
 * ({@link ConformanceRunner}), a directory run and its summary ({@link ConformanceSuite},
 * {@link ConformanceReport}, {@link ConformanceResult}), and the plugin protocol its upstream runner
 * uses to drive us ({@link ConformancePlugin}). {@link Runners} is the one place that picks the
 * real runner (the interpreter).
 */
package org.bpfplay.engine.conformance;
