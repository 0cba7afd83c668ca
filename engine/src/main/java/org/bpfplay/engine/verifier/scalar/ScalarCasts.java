/*
 * Width changes of a scalar, following the kernel verifier's rules: zero extension of a 32-bit
 * result into the 64-bit register, truncation to 1/2/4 bytes (narrow loads, le16/le32), and sign
 * extension from 1/2/4 bytes (movsx, ldsx). Sign extension keeps a range only when the low part
 * of every value in the signed range sign-extends to one side of zero; otherwise it falls back to
 * the full range of the source width.
 */
package org.bpfplay.engine.verifier.scalar;

/** Zero extension, truncation and sign extension of scalars. */
public final class ScalarCasts {
    private ScalarCasts() {
    }

    /** The 64-bit register after writing its low 32 bits: the subregister zero-extended (no re-sync). */
    public static Scalar zeroExtend32(Scalar s) {
        Bounds b = new Bounds(s);
        b.zext32To64();
        return b.toScalar();
    }

    /** A 32-bit mov ({@code w1 = w2}): zero-extended copy of the low half, synced. */
    public static Scalar mov32(Scalar s) {
        Bounds b = new Bounds(s);
        b.zext32To64();
        b.sync();
        return b.toScalar();
    }

    /** Keeps the low {@code sizeBytes} (1, 2 or 4) bytes, zero-extended; synced. */
    public static Scalar coerceToSize(Scalar s, int sizeBytes) {
        Bounds b = new Bounds(s);
        b.t = b.t.cast(sizeBytes);
        long mask = (1L << (sizeBytes * 8)) - 1;
        if ((b.umin & ~mask) == (b.umax & ~mask)) {
            b.umin &= mask;
            b.umax &= mask;
        } else {
            b.umin = 0;
            b.umax = mask;
        }
        b.smin = b.umin;
        b.smax = b.umax;
        if (sizeBytes < 4) {
            b.mark32Unbounded();
        }
        b.sync();
        return b.toScalar();
    }

    /** 64-bit sign extension from {@code sizeBytes} (1, 2 or 4): {@code r1 = (s8)r2}. Not re-synced. */
    public static Scalar signExtend(Scalar s, int sizeBytes) {
        Bounds b = new Bounds(s);
        int bits = sizeBytes * 8;
        if (b.t.isConst()) {
            b.markKnown(sext(b.t.value(), bits));
            return b.toScalar();
        }
        long topMax = (b.smax >>> bits) << bits;
        long topMin = (b.smin >>> bits) << bits;
        if (topMax == topMin) {
            long a = sext(b.smax, bits);
            long c = sext(b.smin, bits);
            long hi = Math.max(a, c);
            long lo = Math.min(a, c);
            if ((hi >= 0) == (lo >= 0)) {
                b.smin = lo;
                b.smax = hi;
                b.s32min = (int) lo;
                b.s32max = (int) hi;
                b.umin = lo;
                b.umax = hi;
                b.u32min = (int) lo;
                b.u32max = (int) hi;
                b.t = Tnum.range(lo, hi);
                return b.toScalar();
            }
        }
        long lim = 1L << (bits - 1);
        b.smin = -lim;
        b.smax = lim - 1;
        b.s32min = (int) -lim;
        b.s32max = (int) (lim - 1);
        b.umin = 0;
        b.u32min = 0;
        b.umax = -1L;
        b.u32max = -1;
        b.t = Tnum.UNKNOWN;
        return b.toScalar();
    }

    /**
     * 32-bit sign extension from {@code sizeBytes} (1 or 2): {@code w1 = (s8)w2}. Returns the
     * subregister result only; the caller zero-extends and syncs as for any ALU32 op.
     */
    public static Scalar signExtendSubreg(Scalar s, int sizeBytes) {
        Bounds b = new Bounds(s);
        int bits = sizeBytes * 8;
        if (b.t.isConst()) {
            // the kernel sign-extends into the full 64-bit tnum here; the zero extension that
            // follows a 32-bit op clears the upper half again
            int v = (int) sext(b.t.value(), bits);
            b.t = Tnum.constant(sext(b.t.value(), bits));
            b.s32min = b.s32max = b.u32min = b.u32max = v;
            return b.toScalar();
        }
        int topMax = (b.s32max >>> bits) << bits;
        int topMin = (b.s32min >>> bits) << bits;
        if (topMax == topMin) {
            int a = (int) sext(b.s32max, bits);
            int c = (int) sext(b.s32min, bits);
            int hi = Math.max(a, c);
            int lo = Math.min(a, c);
            if ((hi >= 0) == (lo >= 0)) {
                b.s32min = lo;
                b.s32max = hi;
                b.u32min = lo;
                b.u32max = hi;
                b.t = Tnum.range(lo, hi).subreg();
                return b.toScalar();
            }
        }
        int lim = 1 << (bits - 1);
        b.s32min = -lim;
        b.s32max = lim - 1;
        b.u32min = 0;
        b.u32max = -1;
        b.t = Tnum.UNKNOWN.subreg();
        return b.toScalar();
    }

    /** {@code r = (s<bits>) r} on a Java long. */
    static long sext(long v, int bits) {
        int sh = 64 - bits;
        return (v << sh) >> sh;
    }
}
