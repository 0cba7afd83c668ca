package org.bpfplay.engine.helpers;

/**
 * Who loads the program. The kernel's bpf_base_func_proto hands out helpers in three tiers: to
 * everyone, to CAP_BPF holders, and to CAP_PERFMON holders (trace_printk, probe_read_*, snprintf).
 */
public enum Privilege {
    /** CAP_SYS_ADMIN: everything. */
    ROOT,
    /** CAP_BPF without CAP_PERFMON (kernel-oracle --mode cap_bpf). Tracing types cannot be loaded at all. */
    CAP_BPF
}
