package org.bpfplay.engine.interp;

/** Why a run stopped early. Each kind carries the short label printed in fault messages. */
public enum FaultKind {
    /** An access (partly) outside its region. */
    OUT_OF_BOUNDS("out of bounds"),
    /** An address that belongs to no region (including the null page). */
    UNMAPPED("unmapped address"),
    /** A store into a read-only region or context field. */
    READ_ONLY("write to read-only memory"),
    /** A misaligned atomic access (the kernel requires natural alignment there). */
    MISALIGNED("misaligned access"),
    /** A narrow or straddling access to a virtual context field (e.g. 2 bytes of xdp_md->data). */
    BAD_CONTEXT_ACCESS("invalid context access"),
    /** An opcode or field combination the kernel does not accept, or a malformed jump. */
    INVALID_INSTRUCTION("invalid instruction"),
    /** Execution ran past the last instruction without exit. */
    FELL_OFF_END("fell off the end"),
    /** A call to a helper id no helper is registered for. */
    UNKNOWN_HELPER("unknown helper"),
    /** A helper reported an error (a bad argument, a memory fault inside the helper). */
    HELPER_ERROR("helper error"),
    /** More than 8 nested bpf-to-bpf calls. */
    CALL_DEPTH("call stack overflow"),
    /** The instruction budget ran out. */
    INSN_LIMIT("instruction limit"),
    /** The wall-clock budget ran out. */
    TIME_LIMIT("time limit");

    public final String label;

    FaultKind(String label) {
        this.label = label;
    }
}
