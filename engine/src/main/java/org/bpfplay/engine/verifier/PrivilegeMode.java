package org.bpfplay.engine.verifier;

/** Whose capabilities the verifier assumes (kernel-oracle's --mode). */
public enum PrivilegeMode {
    /** CAP_SYS_ADMIN (or CAP_BPF + CAP_PERFMON): pointer leaks and uninitialised stack reads allowed. */
    ROOT,
    /** CAP_BPF without CAP_PERFMON. */
    CAP_BPF
}
