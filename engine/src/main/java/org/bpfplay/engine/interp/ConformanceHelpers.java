package org.bpfplay.engine.interp;

/**
 * The test helpers of uBPF that bpf_conformance plugins register: 0 gather_bytes, 1 memfrob,
 * 2 no_op, 3 sqrti, 4 strcmp_ext, 5 unwind. Unwind returns r1, and when that is 0 it ends the
 * program with r0 = 0 (uBPF's unwind-extension rule).
 */
public final class ConformanceHelpers {
    public static final int GATHER_BYTES = 0;
    public static final int MEMFROB = 1;
    public static final int NO_OP = 2;
    public static final int SQRTI = 3;
    public static final int STRCMP_EXT = 4;
    public static final int UNWIND = 5;

    /** Longest string strcmp_ext reads before giving up. */
    static final int MAX_STRING = 1 << 16;

    private ConformanceHelpers() {
    }

    /** A new registry with the six helpers. */
    public static HelperRegistry registry() {
        return new HelperRegistry()
                .register(GATHER_BYTES, "gather_bytes", ConformanceHelpers::gatherBytes)
                .register(MEMFROB, "memfrob", ConformanceHelpers::memfrob)
                .register(NO_OP, "no_op", c -> 0)
                .register(SQRTI, "sqrti", ConformanceHelpers::sqrti)
                .register(STRCMP_EXT, "strcmp_ext", ConformanceHelpers::strcmpExt)
                .register(UNWIND, "unwind", ConformanceHelpers::unwind);
    }

    /** The low byte of each argument, r1's in bits 32-39 down to r5's in bits 0-7. */
    static long gatherBytes(HelperCall c) {
        return (c.arg(1) & 0xff) << 32 | (c.arg(2) & 0xff) << 24 | (c.arg(3) & 0xff) << 16
                | (c.arg(4) & 0xff) << 8 | (c.arg(5) & 0xff);
    }

    /** XORs r2 bytes at r1 with 42; returns 0. */
    static long memfrob(HelperCall c) {
        long len = c.arg(2);
        if (len < 0 || len > Integer.MAX_VALUE) {
            c.fail("length " + Long.toUnsignedString(len) + " is too large");
            return 0;
        }
        byte[] b = c.readBytes(c.arg(1), (int) len);
        if (b == null) {
            return 0;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] ^= 42;
        }
        c.writeBytes(c.arg(1), b);
        return 0;
    }

    /** The integer square root of r1 taken as unsigned, through a double as the C helper does. */
    static long sqrti(HelperCall c) {
        long a = c.arg(1);
        double d = a >= 0 ? (double) a : (double) (a >>> 1) * 2.0 + (a & 1);
        double s = Math.sqrt(d);
        return s >= 0x1p63 ? (long) (s - 0x1p63) ^ Long.MIN_VALUE : (long) s;
    }

    /** C strcmp of the strings at r1 and r2: negative, 0 or positive, sign-extended. */
    static long strcmpExt(HelperCall c) {
        String a = c.readCString(c.arg(1), MAX_STRING);
        if (a == null) {
            return 0;
        }
        String b = c.readCString(c.arg(2), MAX_STRING);
        if (b == null) {
            return 0;
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return a.charAt(i) - b.charAt(i);
            }
        }
        return a.length() == b.length() ? 0 : a.length() < b.length() ? -b.charAt(n) : a.charAt(n);
    }

    /** Returns r1; a result of 0 ends the program with r0 = 0. */
    static long unwind(HelperCall c) {
        long v = c.arg(1);
        if (v == 0) {
            c.stop(0);
        }
        return v;
    }
}
