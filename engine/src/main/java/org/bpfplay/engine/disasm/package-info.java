/**
 * The disassembler: one {@link org.bpfplay.engine.isa.Instruction} or a whole program as text, in
 * the kernel's verifier-log syntax ({@link KernelSyntax}, as {@code kernel/bpf/disasm.c} prints it)
 * or in LLVM syntax ({@link LlvmSyntax}, as {@code llvm-objdump-19 -d} prints it). {@link Disassembler}
 * is the entry point.
 */
package org.bpfplay.engine.disasm;
