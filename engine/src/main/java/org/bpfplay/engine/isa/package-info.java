/**
 * The eBPF instruction set as small values: opcode pieces as enums with data ({@link InsnClass},
 * {@link AluOp}, {@link JumpOp}, {@link Size}, {@link Mode}, {@link AtomicOp}, {@link Register}),
 * one {@link Instruction} record, and {@link Program}. {@link Encoding} is the only class that
 * knows the bit layout of an instruction slot.
 */
package org.bpfplay.engine.isa;
