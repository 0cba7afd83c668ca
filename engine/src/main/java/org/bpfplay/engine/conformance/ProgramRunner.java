package org.bpfplay.engine.conformance;

import org.bpfplay.engine.isa.Program;

/**
 * How the conformance runner executes a program, kept behind an interface so the runner does not
 * depend on the interpreter's internals. Convention (uBPF's, which every bpf_conformance plugin
 * follows): r1 points to a writable copy of {@code memory} (0 when it is empty), r2 holds its
 * length, r10 the top of a 512-byte stack; helper 5 is "unwind".
 */
public interface ProgramRunner {
    /** The result of one run: r0, or an error text when the program could not run to its end. */
    record Outcome(long r0, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    Outcome run(Program program, byte[] memory);
}
