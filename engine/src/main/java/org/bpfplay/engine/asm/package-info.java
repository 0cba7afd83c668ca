/**
 * Assemblers: LLVM/kernel "pseudo-C" syntax (what {@code llvm-mc -triple bpfel} accepts) and the
 * bpf_conformance mnemonic syntax, both producing a {@link org.bpfplay.engine.isa.Program} or a
 * list of {@link AsmError}s with line:column.
 */
package org.bpfplay.engine.asm;
