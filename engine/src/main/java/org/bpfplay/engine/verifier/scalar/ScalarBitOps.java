/*
 * Bound rules for the bitwise ALU ops and shifts (the kernel's scalar{32,}_min_max_{and,or,xor,
 * lsh,rsh,arsh}). The tnum of and/or/xor is computed by the caller before these run; shifts
 * compute their own tnum. The min comes from known bits and operand mins, the max from the
 * operands or the tnum; signed bounds are only kept when the unsigned range stays on one side of
 * the sign bit. Shifts drop the bounds that bits moving across the word could invalidate.
 */
package org.bpfplay.engine.verifier.scalar;

final class ScalarBitOps {
    private ScalarBitOps() {
    }

    static void and32(Bounds d, Bounds s) {
        Tnum t32 = d.t.subreg();
        if (s.t.subregIsConst() && d.t.subregIsConst()) {
            d.markKnown32(t32.value());
            return;
        }
        d.u32min = (int) t32.value();
        d.u32max = Bounds.umin32(d.u32max, s.u32max);
        signed32FromUnsigned(d);
    }

    static void and64(Bounds d, Bounds s) {
        if (s.t.isConst() && d.t.isConst()) {
            d.markKnown(d.t.value());
            return;
        }
        d.umin = d.t.value();
        d.umax = Bounds.umin64(d.umax, s.umax);
        signed64FromUnsigned(d);
        d.updateBounds();
    }

    static void or32(Bounds d, Bounds s) {
        Tnum t32 = d.t.subreg();
        if (s.t.subregIsConst() && d.t.subregIsConst()) {
            d.markKnown32(t32.value());
            return;
        }
        d.u32min = Bounds.umax32(d.u32min, s.u32min);
        d.u32max = (int) (t32.value() | t32.mask());
        signed32FromUnsigned(d);
    }

    static void or64(Bounds d, Bounds s) {
        if (s.t.isConst() && d.t.isConst()) {
            d.markKnown(d.t.value());
            return;
        }
        d.umin = Bounds.umax64(d.umin, s.umin);
        d.umax = d.t.value() | d.t.mask();
        signed64FromUnsigned(d);
        d.updateBounds();
    }

    static void xor32(Bounds d, Bounds s) {
        Tnum t32 = d.t.subreg();
        if (s.t.subregIsConst() && d.t.subregIsConst()) {
            d.markKnown32(t32.value());
            return;
        }
        d.u32min = (int) t32.value();
        d.u32max = (int) (t32.value() | t32.mask());
        signed32FromUnsigned(d);
    }

    static void xor64(Bounds d, Bounds s) {
        if (s.t.isConst() && d.t.isConst()) {
            d.markKnown(d.t.value());
            return;
        }
        d.umin = d.t.value();
        d.umax = d.t.value() | d.t.mask();
        signed64FromUnsigned(d);
        d.updateBounds();
    }

    private static void signed32FromUnsigned(Bounds d) {
        if (d.u32min <= d.u32max) {
            d.s32min = d.u32min;
            d.s32max = d.u32max;
        } else {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        }
    }

    private static void signed64FromUnsigned(Bounds d) {
        if (d.umin <= d.umax) {
            d.smin = d.umin;
            d.smax = d.umax;
        } else {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        }
    }

    // ---- shifts: the shift amount is a constant below the width (checked by the caller) ----

    private static void lshBounds32(Bounds d, long uminVal, long umaxVal) {
        d.s32min = Integer.MIN_VALUE;
        d.s32max = Integer.MAX_VALUE;
        if (umaxVal > 31 || (d.u32max & Bounds.U32_MAX) > (1L << (31 - umaxVal))) {
            d.u32min = 0;
            d.u32max = -1;
        } else {
            d.u32min <<= uminVal;
            d.u32max <<= umaxVal;
        }
    }

    static void lsh32(Bounds d, Bounds s) {
        long uminVal = s.u32min & Bounds.U32_MAX;
        long umaxVal = s.u32max & Bounds.U32_MAX;
        Tnum sub = d.t.subreg();
        lshBounds32(d, uminVal, umaxVal);
        d.t = sub.lshift((int) uminVal).subreg();
        d.mark64Unbounded();
        d.updateBounds32();
    }

    static void lsh64(Bounds d, Bounds s) {
        long uminVal = s.umin;
        long umaxVal = s.umax;
        // 64-bit first: it reads the unshifted 32-bit bounds (the <<32 special case)
        if (uminVal == 32 && umaxVal == 32) {
            d.smax = (long) d.s32max << 32;
            d.smin = (long) d.s32min << 32;
        } else {
            d.smax = Long.MAX_VALUE;
            d.smin = Long.MIN_VALUE;
        }
        if (Long.compareUnsigned(d.umax, 1L << (63 - umaxVal)) > 0) {
            d.umin = 0;
            d.umax = -1L;
        } else {
            d.umin <<= uminVal;
            d.umax <<= umaxVal;
        }
        lshBounds32(d, uminVal, umaxVal);
        d.t = d.t.lshift((int) uminVal);
        d.updateBounds();
    }

    static void rsh32(Bounds d, Bounds s) {
        Tnum sub = d.t.subreg();
        int umaxVal = s.u32max;
        int uminVal = s.u32min;
        d.s32min = Integer.MIN_VALUE;
        d.s32max = Integer.MAX_VALUE;
        d.t = sub.rshift(uminVal);
        d.u32min >>>= umaxVal;
        d.u32max >>>= uminVal;
        d.mark64Unbounded();
        d.updateBounds32();
    }

    static void rsh64(Bounds d, Bounds s) {
        int umaxVal = (int) s.umax;
        int uminVal = (int) s.umin;
        d.smin = Long.MIN_VALUE;
        d.smax = Long.MAX_VALUE;
        d.t = d.t.rshift(uminVal);
        d.umin >>>= umaxVal;
        d.umax >>>= uminVal;
        d.mark32Unbounded();
        d.updateBounds();
    }

    static void arsh32(Bounds d, Bounds s) {
        int shift = s.u32min;
        d.s32min >>= shift;
        d.s32max >>= shift;
        d.t = d.t.subreg().arshift(shift, 32);
        d.u32min = 0;
        d.u32max = -1;
        d.mark64Unbounded();
        d.updateBounds32();
    }

    static void arsh64(Bounds d, Bounds s) {
        int shift = (int) s.umin;
        d.smin >>= shift;
        d.smax >>= shift;
        d.t = d.t.arshift(shift, 64);
        d.umin = 0;
        d.umax = -1L;
        d.mark32Unbounded();
        d.updateBounds();
    }
}
