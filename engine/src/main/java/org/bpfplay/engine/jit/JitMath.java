package org.bpfplay.engine.jit;

/**
 * The kernel's division semantics for compiled code, the same rules as the interpreter's: division
 * by zero gives 0, modulo by zero keeps dst (zero-extended in ALU32), signed forms truncate and
 * INT_MIN / -1 = INT_MIN, INT_MIN % -1 = 0 (which Java's operators already do).
 */
final class JitMath {
    static final long M32 = 0xffff_ffffL;

    private JitMath() {
    }

    static long div64(long a, long b) {
        return b == 0 ? 0 : Long.divideUnsigned(a, b);
    }

    static long mod64(long a, long b) {
        return b == 0 ? a : Long.remainderUnsigned(a, b);
    }

    static long div32(long a, long b) {
        return (int) b == 0 ? 0 : Integer.divideUnsigned((int) a, (int) b) & M32;
    }

    static long mod32(long a, long b) {
        return (int) b == 0 ? a & M32 : Integer.remainderUnsigned((int) a, (int) b) & M32;
    }

    static long sdiv32(long a, long b) {
        return (int) b == 0 ? 0 : ((int) a / (int) b) & M32;
    }

    static long smod32(long a, long b) {
        return (int) b == 0 ? a & M32 : ((int) a % (int) b) & M32;
    }

    static long sdiv64(long a, long b) {
        return b == 0 ? 0 : a / b;
    }

    static long smod64(long a, long b) {
        return b == 0 ? a : a % b;
    }
}
