/**
 * JMH benchmarks of the interpreter's fast path (built only with {@code -Pbench}; see BENCHMARKS.md):
 * each eBPF program is measured next to an equivalent hand-written Java loop in the same run, so
 * results are read as ratios.
 */
package org.bpfplay.engine.interp.bench;
