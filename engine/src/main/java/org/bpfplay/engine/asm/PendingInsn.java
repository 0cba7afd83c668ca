package org.bpfplay.engine.asm;

import org.bpfplay.engine.isa.Instruction;

/**
 * An instruction as parsed, before names are resolved.
 *
 * @param insn  the instruction; fields a fixup fills in are zero
 * @param line  1-based source line
 * @param fixup the name to resolve, or null
 */
record PendingInsn(Instruction insn, int line, Fixup fixup) {
}
