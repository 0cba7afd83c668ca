package org.bpfplay.engine.isa;

/**
 * The eleven eBPF registers. R0 holds return values, R1-R5 arguments (clobbered by calls),
 * R6-R9 are callee-saved and R10 is the read-only frame pointer.
 */
public enum Register {
    R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10;

    /** The frame pointer, by its usual name. */
    public static final Register FP = R10;

    private static final Register[] ALL = values();

    public int number() {
        return ordinal();
    }

    /** True if n names one of r0..r10; the 4-bit fields can hold 11..15, which are invalid. */
    public static boolean isValid(int n) {
        return n >= 0 && n < ALL.length;
    }

    public static Register of(int n) {
        if (!isValid(n)) {
            throw new IllegalArgumentException("no register r" + n);
        }
        return ALL[n];
    }

    @Override
    public String toString() {
        return "r" + ordinal();
    }
}
