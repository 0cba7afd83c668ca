/*
 * Mutable working copy of a scalar's knowledge, used while one transfer function runs. The kernel
 * describes its bound updates as ordered in-place steps on a register (min/max from the tnum,
 * sign/unsigned deduction, 32<->64 deduction, tnum from bounds); the order changes the printed
 * result, so the steps are kept as separate methods here and called in the kernel's order.
 * Unsigned quantities live in Java longs/ints and are compared with the helpers at the bottom.
 */
package org.bpfplay.engine.verifier.scalar;

final class Bounds {
    static final long U32_MAX = 0xffff_ffffL;

    Tnum t;
    long smin;
    long smax;
    long umin;
    long umax;
    int s32min;
    int s32max;
    int u32min;
    int u32max;

    Bounds(Scalar s) {
        t = s.varOff();
        smin = s.smin();
        smax = s.smax();
        umin = s.umin();
        umax = s.umax();
        s32min = s.s32Min();
        s32max = s.s32Max();
        u32min = s.u32Min();
        u32max = s.u32Max();
    }

    Scalar toScalar() {
        return new Scalar(t, smin, smax, umin, umax, s32min, s32max, u32min, u32max);
    }

    // ---- whole-register settings ----

    void markKnown(long v) {
        t = Tnum.constant(v);
        smin = smax = umin = umax = v;
        s32min = s32max = u32min = u32max = (int) v;
    }

    void markKnown32(long v) {
        t = t.withConstSubreg((int) v);
        s32min = s32max = u32min = u32max = (int) v;
    }

    void markUnknown() {
        t = Tnum.UNKNOWN;
        markUnbounded();
    }

    void markUnbounded() {
        mark64Unbounded();
        mark32Unbounded();
    }

    void mark64Unbounded() {
        smin = Long.MIN_VALUE;
        smax = Long.MAX_VALUE;
        umin = 0;
        umax = -1L;
    }

    void mark32Unbounded() {
        s32min = Integer.MIN_VALUE;
        s32max = Integer.MAX_VALUE;
        u32min = 0;
        u32max = -1;
    }

    // ---- bounds from the tnum ----

    void updateBounds32() {
        Tnum t32 = t.subreg();
        int v = (int) t32.value();
        int m = (int) t32.mask();
        s32min = Math.max(s32min, v | (m & Integer.MIN_VALUE));
        s32max = Math.min(s32max, v | (m & Integer.MAX_VALUE));
        u32min = umax32(u32min, v);
        u32max = umin32(u32max, v | m);
    }

    void updateBounds64() {
        smin = Math.max(smin, t.value() | (t.mask() & Long.MIN_VALUE));
        smax = Math.min(smax, t.value() | (t.mask() & Long.MAX_VALUE));
        umin = umax64(umin, t.value());
        umax = umin64(umax, t.value() | t.mask());
    }

    void updateBounds() {
        updateBounds32();
        updateBounds64();
    }

    // ---- deduction between the eight bounds ----

    /** 32-bit bounds from 64-bit ones, then s32 <-> u32. */
    void deduce32() {
        if ((umin >>> 32) == (umax >>> 32)) {
            u32min = umax32(u32min, (int) umin);
            u32max = umin32(u32max, (int) umax);
            if ((int) umin <= (int) umax) {
                s32min = Math.max(s32min, (int) umin);
                s32max = Math.min(s32max, (int) umax);
            }
        }
        if ((smin >> 32) == (smax >> 32)) {
            if (Integer.compareUnsigned((int) smin, (int) smax) <= 0) {
                u32min = umax32(u32min, (int) smin);
                u32max = umin32(u32max, (int) smax);
            }
            if ((int) smin <= (int) smax) {
                s32min = Math.max(s32min, (int) smin);
                s32max = Math.min(s32max, (int) smax);
            }
        }
        // upper halves are two consecutive numbers and the low halves cross from negative to positive
        if ((int) (umin >>> 32) + 1 == (int) (umax >>> 32) && (int) umin < 0 && (int) umax >= 0) {
            s32min = Math.max(s32min, (int) umin);
            s32max = Math.min(s32max, (int) umax);
        }
        if ((int) (smin >> 32) + 1 == (int) (smax >> 32) && (int) smin < 0 && (int) smax >= 0) {
            s32min = Math.max(s32min, (int) smin);
            s32max = Math.min(s32max, (int) smax);
        }
        if (u32min <= u32max) { // the u32 range does not cross the s32 sign boundary
            s32min = Math.max(s32min, u32min);
            s32max = Math.min(s32max, u32max);
        }
        if (Integer.compareUnsigned(s32min, s32max) <= 0) {
            u32min = umax32(s32min, u32min);
            u32max = umin32(s32max, u32max);
        } else {
            if (Integer.compareUnsigned(u32max, s32min) < 0) {
                s32min = u32min;
                u32max = umin32(u32max, s32max);
            } else if (Integer.compareUnsigned(s32max, u32min) < 0) {
                s32max = u32max;
                u32min = umax32(u32min, s32min);
            }
        }
    }

    /** s64 <-> u64. */
    void deduce64() {
        if (umin <= umax) { // as signed: the u64 range stays within one sign half
            smin = Math.max(smin, umin);
            smax = Math.min(smax, umax);
        }
        if (Long.compareUnsigned(smin, smax) <= 0) {
            umin = umax64(smin, umin);
            umax = umin64(smax, umax);
        } else {
            if (Long.compareUnsigned(umax, smin) < 0) {
                smin = umin;
                umax = umin64(umax, smax);
            } else if (Long.compareUnsigned(smax, umin) < 0) {
                smax = umax;
                umin = umax64(umin, smin);
            }
        }
    }

    /** 64-bit bounds tightened with the 32-bit ones placed in their low halves. */
    void deduceMixed() {
        long hiMask = ~U32_MAX;
        long nUmin = (umin & hiMask) | (u32min & U32_MAX);
        long nUmax = (umax & hiMask) | (u32max & U32_MAX);
        umin = umax64(umin, nUmin);
        umax = umin64(umax, nUmax);
        long nSmin = (smin & hiMask) | (u32min & U32_MAX);
        long nSmax = (smax & hiMask) | (u32max & U32_MAX);
        smin = Math.max(smin, nSmin);
        smax = Math.min(smax, nSmax);

        if (Integer.compareUnsigned(s32min, s32max) <= 0) {
            nUmin = (umin & hiMask) | (s32min & U32_MAX);
            nUmax = (umax & hiMask) | (s32max & U32_MAX);
            umin = umax64(umin, nUmin);
            umax = umin64(umax, nUmax);
            nSmin = (smin & hiMask) | (s32min & U32_MAX);
            nSmax = (smax & hiMask) | (s32max & U32_MAX);
            smin = Math.max(smin, nSmin);
            smax = Math.min(smax, nSmax);
        }

        // after a sign-extending load: a non-negative s32 range inside [S32_MIN, S32_MAX]
        if (s32min >= 0 && smin >= Integer.MIN_VALUE && smax <= Integer.MAX_VALUE) {
            smin = s32min;
            smax = s32max;
            umin = s32min;
            umax = s32max;
            t = t.intersect(Tnum.range(smin, smax));
        }
    }

    void deduceBounds() {
        deduce32();
        deduce64();
        deduceMixed();
    }

    /** Known bits learned from the unsigned ranges. */
    void boundOffset() {
        Tnum t64 = t.intersect(Tnum.range(umin, umax));
        Tnum t32 = t64.subreg().intersect(Tnum.range(u32min & U32_MAX, u32max & U32_MAX));
        t = t64.clearSubreg().or(t32);
    }

    /** The kernel's reg_bounds_sync order. */
    void sync() {
        updateBounds();
        deduceBounds();
        deduceBounds();
        deduceBounds();
        boundOffset();
        updateBounds();
    }

    /** After an ALU32 op: the 64-bit value is the zero-extended subregister. */
    void zext32To64() {
        t = t.subreg();
        assign32Into64();
    }

    void assign32Into64() {
        umin = u32min & U32_MAX;
        umax = u32max & U32_MAX;
        if (s32min >= 0 && s32max >= 0) {
            smin = s32min;
            smax = s32max;
        } else {
            smin = 0;
            smax = U32_MAX;
        }
    }

    /** True if any min exceeds its max (the kernel's "range bounds violation"). */
    boolean isInvalid() {
        return Long.compareUnsigned(umin, umax) > 0 || smin > smax
                || Integer.compareUnsigned(u32min, u32max) > 0 || s32min > s32max;
    }

    // ---- unsigned helpers ----

    static long umin64(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? a : b;
    }

    static long umax64(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }

    static int umin32(int a, int b) {
        return Integer.compareUnsigned(a, b) <= 0 ? a : b;
    }

    static int umax32(int a, int b) {
        return Integer.compareUnsigned(a, b) >= 0 ? a : b;
    }
}
