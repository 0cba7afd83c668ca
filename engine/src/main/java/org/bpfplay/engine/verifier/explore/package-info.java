/**
 * Path exploration: the kernel's do_check loop (one path at a time, queued branches, the log
 * discipline around them), checkpoints and state pruning, bpf-to-bpf call frames, callback visits
 * of bpf_loop and bpf_for_each_map_elem (Callbacks), precision backtracking (Precision walks the
 * path, Backtrack holds the per-frame needs and the per-instruction rules, History is the path),
 * and the complexity counters of the summary line.
 */
package org.bpfplay.engine.verifier.explore;
