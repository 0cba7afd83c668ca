package org.bpfplay.engine.verifier.check.ctx;

import org.bpfplay.engine.verifier.state.RegType;

/** One program type's context access rules (its is_valid_access). */
public interface CtxRules {
    /**
     * Whether an access of {@code size} bytes at context offset {@code off} is allowed, and what a
     * load yields: SCALAR for plain data, a pointer type for the packet and socket fields, null
     * when the kernel refuses the access ("invalid bpf_context access off=X size=Y").
     *
     * @param signExtend a BPF_MEMSX load (ldsx), which the packet pointer fields refuse
     */
    RegType access(int off, int size, boolean write, boolean signExtend);

    /** sizeof the context struct, for documentation and tests. */
    int structSize();
}
