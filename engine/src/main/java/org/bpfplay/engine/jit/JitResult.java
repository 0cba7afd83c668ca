package org.bpfplay.engine.jit;

import org.bpfplay.engine.interp.Machine;

/**
 * The outcome of translating one program.
 *
 * @param code         the compiled program, or null when refused (the machine keeps interpreting)
 * @param compiled     instructions inside compiled blocks
 * @param interpreted  instructions left to the interpreter (calls, helpers, atomics, ...)
 * @param blocks       compiled basic blocks
 * @param codeBytes    size of the generated method's bytecode
 * @param refusal      why nothing was compiled, or null
 */
public record JitResult(Machine.Compiled code, int compiled, int interpreted, int blocks, int codeBytes,
                        String refusal) {

    static JitResult refused(String why, int interpreted) {
        return new JitResult(null, 0, interpreted, 0, 0, why);
    }

    public boolean ok() {
        return code != null;
    }

    @Override
    public String toString() {
        return ok() ? "jit: " + compiled + " instructions in " + blocks + " blocks (" + codeBytes + " bytes of bytecode), "
                + interpreted + " left to the interpreter" : "jit refused: " + refusal;
    }
}
