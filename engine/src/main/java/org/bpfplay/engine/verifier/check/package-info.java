/**
 * Per-instruction checks and transfer functions: register operands, ALU (scalar and pointer
 * arithmetic), BPF_LD (ld_imm64 and the legacy packet loads in LdInsn), memory access (stack,
 * context, packet, map values/keys, ring buffer records and the read-only socket views bpf_sock /
 * bpf_tcp_sock / sock_common in SockAccess), context access per
 * program type (dispatching to the tables of check/ctx), return-value rules per program type,
 * conditional jumps (branch prediction, refinement, packet range marking, null checks, the scalars
 * linked at a branch in LinkedRegs), helper calls (HelperCall: argument checks by prototype, with
 * register types and offsets in ArgRegTypes and helper-read stack in StackInit; map/helper pairing;
 * references acquired and released; the callback frames of bpf_loop and bpf_for_each_map_elem in
 * CallbackCall; the bpf_spin_lock argument in SpinLockArg; bpf_snprintf's constant format string in
 * ConstStringArg; program-type rules after the arguments in ProgTypeHelperRules), and maps in maps
 * (MapInMap: the inner map meta an outer map's null-checked value points to).
 */
package org.bpfplay.engine.verifier.check;
