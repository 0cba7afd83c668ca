package org.bpfplay.engine.verifier.state;

/**
 * An acquired reference (the kernel's bpf_reference_state): the id the pointer carries as
 * ref_obj_id and the pc of the call that acquired it (printed as alloc_insn when it leaks).
 */
public record Ref(int id, int insn) {
}
