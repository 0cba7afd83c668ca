package org.bpfplay.engine.interp;

import java.util.OptionalLong;

import org.bpfplay.engine.isa.Instruction;

/**
 * The hook for LD_IMM64 with a pseudo source (map fd/index, map value, BTF id, function): gives
 * the 64-bit value the load produces (a map handle, a pointer into a map value region...).
 * Empty means unresolvable; executing such an instruction is then a fault.
 */
@FunctionalInterface
public interface PseudoLoadResolver {
    /** Resolves nothing: every pseudo load faults when executed. */
    PseudoLoadResolver NONE = (insn, pc) -> OptionalLong.empty();

    OptionalLong resolve(Instruction insn, int pc);
}
