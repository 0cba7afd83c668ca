/**
 * Checks on the program as a whole before exploration: opcode validity and reserved fields of
 * ld_imm64 and LDX and the maps ld_imm64 refers to (resolve_pseudo_ldimm64), jump ranges and the last instruction
 * (check_subprogs), reachability and jumps into ld_imm64 (check_cfg), prune points, and the
 * register liveness table of the level-2 log, and a conservative stack-slot liveness for pruning.
 */
package org.bpfplay.engine.verifier.cfg;
