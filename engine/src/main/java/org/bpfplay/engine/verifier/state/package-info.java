/**
 * The verifier's abstract state: register types and values, stack slots, function frames and
 * whole exploration states (the kernel's bpf_reg_state, bpf_stack_state, bpf_func_state and
 * bpf_verifier_state).
 */
package org.bpfplay.engine.verifier.state;
