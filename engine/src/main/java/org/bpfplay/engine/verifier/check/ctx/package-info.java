/**
 * Context access rules per program type, as tables: which offsets and sizes of the context struct
 * a program may load or store (the kernel's per-type is_valid_access callbacks), and which register
 * type a load yields (a scalar, or a packet pointer for data/data_end/data_meta). One file per
 * context family: __sk_buff, xdp_md, the tracing contexts and bpf_perf_event_data.
 */
package org.bpfplay.engine.verifier.check.ctx;
