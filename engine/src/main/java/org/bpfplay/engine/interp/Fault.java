package org.bpfplay.engine.interp;

/**
 * A runtime fault: what went wrong, at which pc, and for memory faults the address, the region it
 * was resolved to (or null) and the access size. {@code toString()} is the message shown to users.
 *
 * @param kind    the category
 * @param pc      the pc of the faulting instruction
 * @param address the accessed address, 0 when not a memory fault
 * @param region  the name of the region the address points into, or null
 * @param size    the access size in bytes, 0 when not a memory fault
 * @param detail  a human sentence with the specifics
 */
public record Fault(FaultKind kind, int pc, long address, String region, int size, String detail) {

    /** A fault that is not about a memory access. */
    public static Fault of(FaultKind kind, int pc, String detail) {
        return new Fault(kind, pc, 0, null, 0, detail);
    }

    @Override
    public String toString() {
        return "pc " + pc + ": " + kind.label + ": " + detail;
    }
}
