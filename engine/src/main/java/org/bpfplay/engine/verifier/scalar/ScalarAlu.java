/*
 * ALU transfer functions on scalars, following the Linux 6.18 verifier (adjust_scalar_min_max_vals
 * and check_alu_op): each op computes the 32-bit bounds, the 64-bit bounds and the tnum of the
 * result, ALU32 results are then zero-extended into the 64-bit register, and everything is synced.
 * Rules that changed after 6.12 and were checked against the 6.18 kernel's log: add/sub keep
 * unsigned bounds when both ends wrap, mul works with all four signed products and checked
 * unsigned products, the 6.17 tnum multiplication, neg computes 0 - x, and byte swaps keep bits.
 * Division and modulo (signed or not) make the destination unknown, constants included.
 */
package org.bpfplay.engine.verifier.scalar;

import org.bpfplay.engine.isa.AluOp;

/** Scalar results of ALU instructions. */
public final class ScalarAlu {
    private ScalarAlu() {
    }

    /**
     * The result of the binary op {@code dst op= src} (ADD, SUB, MUL, DIV, MOD, OR, AND, LSH, RSH,
     * ARSH, XOR) for ALU64 ({@code alu64}) or ALU32. For an immediate operand pass {@link
     * #immediate(int)}. Signed division/modulo are treated like the unsigned ones (unknown result).
     */
    public static Scalar binary(AluOp op, boolean alu64, Scalar dst, Scalar src) {
        if (!canComputeRange(op, alu64, src)) {
            return Scalar.unknown();
        }
        Bounds d = new Bounds(dst);
        Bounds s = new Bounds(src);
        switch (op) {
            case ADD:
                add32(d, s);
                add64(d, s);
                d.t = d.t.add(s.t);
                break;
            case SUB:
                sub32(d, s);
                sub64(d, s);
                d.t = d.t.sub(s.t);
                break;
            case MUL:
                d.t = d.t.mul(s.t);
                mul32(d, s);
                mul64(d, s);
                break;
            case AND:
                d.t = d.t.and(s.t);
                ScalarBitOps.and32(d, s);
                ScalarBitOps.and64(d, s);
                break;
            case OR:
                d.t = d.t.or(s.t);
                ScalarBitOps.or32(d, s);
                ScalarBitOps.or64(d, s);
                break;
            case XOR:
                d.t = d.t.xor(s.t);
                ScalarBitOps.xor32(d, s);
                ScalarBitOps.xor64(d, s);
                break;
            case LSH:
                if (alu64) {
                    ScalarBitOps.lsh64(d, s);
                } else {
                    ScalarBitOps.lsh32(d, s);
                }
                break;
            case RSH:
                if (alu64) {
                    ScalarBitOps.rsh64(d, s);
                } else {
                    ScalarBitOps.rsh32(d, s);
                }
                break;
            case ARSH:
                if (alu64) {
                    ScalarBitOps.arsh64(d, s);
                } else {
                    ScalarBitOps.arsh32(d, s);
                }
                break;
            default:
                throw new IllegalArgumentException("not a binary ALU op: " + op);
        }
        if (!alu64) {
            d.zext32To64();
        }
        d.sync();
        return d.toScalar();
    }

    /** The two states an and/or splits a {-1, 0} register into: the current path and the pushed one. */
    public record Fork(Scalar minusOne, Scalar zero) {
    }

    /**
     * The kernel splits {@code dst &= K} and {@code dst |= K} (K constant) when dst's signed range
     * is exactly [-1, 0] (64-bit first, else 32-bit): the current path continues with dst = -1,
     * and a state with dst = 0 is pushed to be verified from the same instruction (log line
     * {@code from N to N:}). The op is then applied to each. Returns null when there is no split.
     */
    public static Fork forkBeforeBitOp(AluOp op, Scalar dst, Scalar src) {
        if ((op != AluOp.AND && op != AluOp.OR) || !src.isConst()) {
            return null;
        }
        if (dst.smin() == -1 && dst.smax() == 0) {
            return new Fork(Scalar.constant(-1), Scalar.constant(0));
        }
        if (dst.s32Min() == -1 && dst.s32Max() == 0) {
            Bounds minus = new Bounds(dst);
            minus.markKnown32(-1);
            Bounds zero = new Bounds(dst);
            zero.markKnown32(0);
            return new Fork(minus.toScalar(), zero.toScalar());
        }
        return null;
    }

    /** The scalar the verifier uses for an instruction's immediate: imm sign-extended to 64 bits. */
    public static Scalar immediate(int imm) {
        return Scalar.constant(imm);
    }

    /**
     * Whether the kernel tracks a range for this op at all: shifts only by a constant below the
     * width (judged on the 64-bit umax even for ALU32), div/mod never.
     */
    public static boolean canComputeRange(AluOp op, boolean alu64, Scalar src) {
        switch (op) {
            case ADD:
            case SUB:
            case AND:
            case XOR:
            case OR:
            case MUL:
                return true;
            case LSH:
            case RSH:
            case ARSH: {
                boolean srcConst;
                if (alu64) {
                    srcConst = src.varOff().isConst() && src.smin() == src.smax() && src.umin() == src.umax();
                } else {
                    srcConst = src.varOff().subregIsConst() && src.s32Min() == src.s32Max()
                            && src.u32Min() == src.u32Max();
                }
                return srcConst && Long.compareUnsigned(src.umax(), alu64 ? 64 : 32) < 0;
            }
            default:
                return false;
        }
    }

    /** {@code dst = -dst}: computed as 0 - dst (6.18; 6.12 made the result unknown). */
    public static Scalar neg(boolean alu64, Scalar dst) {
        Bounds zero = new Bounds(Scalar.constant(0));
        Bounds s = new Bounds(dst);
        sub32(zero, s);
        sub64(zero, s);
        zero.t = s.t.neg();
        if (!alu64) {
            zero.zext32To64();
        }
        zero.sync();
        return zero.toScalar();
    }

    /** {@code dst = imm} (ALU64: sign-extended; ALU32: zero-extended 32-bit immediate). */
    public static Scalar movImm(boolean alu64, int imm) {
        return Scalar.constant(alu64 ? imm : imm & 0xffff_ffffL);
    }

    /**
     * {@code dst = src} with optional sign extension ({@code sxBits} 0, 8, 16 or 32 for ALU64;
     * 0, 8 or 16 for ALU32). Scalar ids are the caller's business (see {@link #movKeepsId}).
     */
    public static Scalar mov(boolean alu64, int sxBits, Scalar src) {
        if (alu64) {
            return sxBits == 0 ? src : ScalarCasts.signExtend(src, sxBits / 8);
        }
        Scalar low = sxBits == 0 ? src : ScalarCasts.signExtendSubreg(src, sxBits / 8);
        return ScalarCasts.mov32(low);
    }

    /**
     * Whether the destination of a register mov stays linked to (shares the id of) the source:
     * plain 64-bit movs always; 32-bit movs when the source fits in 32 bits; sign-extending
     * movs when the source is below 2^(bits-1), so that extension changes nothing.
     */
    public static boolean movKeepsId(boolean alu64, int sxBits, Scalar src) {
        if (sxBits != 0) {
            return Long.compareUnsigned(src.umax(), 1L << (sxBits - 1)) < 0;
        }
        return alu64 || src.width() <= 32;
    }

    /**
     * Byte order conversion. {@code toBigEndian} is the {@code be} form (a swap on this
     * little-endian machine), otherwise {@code le} (a truncation); {@code alu64} is the
     * unconditional {@code bswap}. {@code bits} is 16, 32 or 64.
     */
    public static Scalar endian(boolean alu64, boolean toBigEndian, int bits, Scalar dst) {
        boolean swap = alu64 || toBigEndian;
        Bounds d = new Bounds(dst);
        if (swap) {
            d.t = bits == 16 ? d.t.bswap16() : bits == 32 ? d.t.bswap32() : d.t.bswap64();
        } else if (bits < 64) {
            // le16/le32 truncate like a narrow load: the range survives when the upper bits agree
            return ScalarCasts.coerceToSize(dst, bits / 8);
        } else {
            return dst;
        }
        d.markUnbounded();
        d.sync();
        return d.toScalar();
    }

    /**
     * A register linked by {@code rX = rY; rX += off} gets the refined value of its partner plus
     * the offset difference {@code delta} after a branch (the kernel's sync_linked_regs).
     */
    public static Scalar linkedOffset(Scalar known, long delta) {
        Bounds d = new Bounds(known);
        Bounds k = new Bounds(Scalar.constant(delta));
        add32(d, k);
        add64(d, k);
        d.t = d.t.add(k.t);
        d.sync(); // 6.18 re-syncs here (seen in its logs); 6.12 did not
        return d.toScalar();
    }

    // ---- add / sub / mul bounds ----

    static void add32(Bounds d, Bounds s) {
        int smin = d.s32min + s.s32min;
        int smax = d.s32max + s.s32max;
        if (addOverflows32(d.s32min, s.s32min, smin) || addOverflows32(d.s32max, s.s32max, smax)) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = smin;
            d.s32max = smax;
        }
        int umin = d.u32min + s.u32min;
        int umax = d.u32max + s.u32max;
        boolean minWraps = Integer.compareUnsigned(umin, d.u32min) < 0;
        boolean maxWraps = Integer.compareUnsigned(umax, d.u32max) < 0;
        d.u32min = umin;
        d.u32max = umax;
        if (!minWraps && maxWraps) {
            d.u32min = 0;
            d.u32max = -1;
        }
    }

    static void add64(Bounds d, Bounds s) {
        long smin = d.smin + s.smin;
        long smax = d.smax + s.smax;
        if (addOverflows64(d.smin, s.smin, smin) || addOverflows64(d.smax, s.smax, smax)) {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        } else {
            d.smin = smin;
            d.smax = smax;
        }
        long umin = d.umin + s.umin;
        long umax = d.umax + s.umax;
        boolean minWraps = Long.compareUnsigned(umin, d.umin) < 0;
        boolean maxWraps = Long.compareUnsigned(umax, d.umax) < 0;
        d.umin = umin;
        d.umax = umax;
        if (!minWraps && maxWraps) {
            d.umin = 0;
            d.umax = -1L;
        }
    }

    static void sub32(Bounds d, Bounds s) {
        int smin = d.s32min - s.s32max;
        int smax = d.s32max - s.s32min;
        if (subOverflows32(d.s32min, s.s32max, smin) || subOverflows32(d.s32max, s.s32min, smax)) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = smin;
            d.s32max = smax;
        }
        boolean minWraps = Integer.compareUnsigned(d.u32min, s.u32max) < 0;
        boolean maxWraps = Integer.compareUnsigned(d.u32max, s.u32min) < 0;
        d.u32min = d.u32min - s.u32max;
        d.u32max = d.u32max - s.u32min;
        if (minWraps && !maxWraps) {
            d.u32min = 0;
            d.u32max = -1;
        }
    }

    static void sub64(Bounds d, Bounds s) {
        long smin = d.smin - s.smax;
        long smax = d.smax - s.smin;
        if (subOverflows64(d.smin, s.smax, smin) || subOverflows64(d.smax, s.smin, smax)) {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        } else {
            d.smin = smin;
            d.smax = smax;
        }
        boolean minWraps = Long.compareUnsigned(d.umin, s.umax) < 0;
        boolean maxWraps = Long.compareUnsigned(d.umax, s.umin) < 0;
        d.umin = d.umin - s.umax;
        d.umax = d.umax - s.umin;
        if (minWraps && !maxWraps) {
            d.umin = 0;
            d.umax = -1L;
        }
    }

    static void mul32(Bounds d, Bounds s) {
        long umin = (d.u32min & Bounds.U32_MAX) * (s.u32min & Bounds.U32_MAX);
        long umax = (d.u32max & Bounds.U32_MAX) * (s.u32max & Bounds.U32_MAX);
        // the products of two u32 values fit in 64 unsigned bits
        if (Long.compareUnsigned(umax, Bounds.U32_MAX) > 0 || Long.compareUnsigned(umin, Bounds.U32_MAX) > 0) {
            d.u32min = 0;
            d.u32max = -1;
        } else {
            d.u32min = (int) umin;
            d.u32max = (int) umax;
        }
        long p0 = (long) d.s32min * s.s32min;
        long p1 = (long) d.s32min * s.s32max;
        long p2 = (long) d.s32max * s.s32min;
        long p3 = (long) d.s32max * s.s32max;
        if (!fitsInt(p0) || !fitsInt(p1) || !fitsInt(p2) || !fitsInt(p3)) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = (int) Math.min(Math.min(p0, p1), Math.min(p2, p3));
            d.s32max = (int) Math.max(Math.max(p0, p1), Math.max(p2, p3));
        }
    }

    static void mul64(Bounds d, Bounds s) {
        boolean uOverflow = umulOverflows(d.umax, s.umax) || umulOverflows(d.umin, s.umin);
        if (uOverflow) {
            d.umin = 0;
            d.umax = -1L;
        } else {
            d.umin = d.umin * s.umin;
            d.umax = d.umax * s.umax;
        }
        long[] p = new long[4];
        boolean sOverflow = false;
        long[][] pairs = {{d.smin, s.smin}, {d.smin, s.smax}, {d.smax, s.smin}, {d.smax, s.smax}};
        for (int i = 0; i < 4; i++) {
            long hi = Math.multiplyHigh(pairs[i][0], pairs[i][1]);
            p[i] = pairs[i][0] * pairs[i][1];
            if ((hi != 0 || p[i] < 0) && (hi != -1 || p[i] >= 0)) {
                sOverflow = true;
            }
        }
        if (sOverflow) {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        } else {
            d.smin = Math.min(Math.min(p[0], p[1]), Math.min(p[2], p[3]));
            d.smax = Math.max(Math.max(p[0], p[1]), Math.max(p[2], p[3]));
        }
    }

    // ---- overflow checks (the results the C checked-arithmetic builtins report) ----

    private static boolean addOverflows32(int a, int b, int r) {
        return ((a ^ r) & (b ^ r)) < 0;
    }

    private static boolean addOverflows64(long a, long b, long r) {
        return ((a ^ r) & (b ^ r)) < 0;
    }

    private static boolean subOverflows32(int a, int b, int r) {
        return ((a ^ b) & (a ^ r)) < 0;
    }

    private static boolean subOverflows64(long a, long b, long r) {
        return ((a ^ b) & (a ^ r)) < 0;
    }

    private static boolean fitsInt(long v) {
        return v == (int) v;
    }

    private static boolean umulOverflows(long a, long b) {
        // high 64 bits of the unsigned 128-bit product (Java 17 has only the signed one)
        long high = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
        return high != 0;
    }
}
