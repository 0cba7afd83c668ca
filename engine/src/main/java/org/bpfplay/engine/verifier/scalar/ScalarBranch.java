/*
 * Conditional jumps on two scalars, as the kernel verifier treats them (is_scalar_branch_taken,
 * regs_refine_cond_op, reg_set_min_max): first decide from the bounds and tnums whether the jump
 * is always or never taken; if undecided, narrow both operands for each outcome and re-sync them.
 * JMP32 compares and narrows only the low halves. An immediate operand is the constant imm
 * sign-extended to 64 bits ({@link ScalarAlu#immediate(int)}).
 */
package org.bpfplay.engine.verifier.scalar;

import org.bpfplay.engine.isa.JumpOp;

/** Branch prediction and refinement for scalar comparisons. */
public final class ScalarBranch {
    private ScalarBranch() {
    }

    /** What is known about a conditional jump before it runs. */
    public enum Outcome {
        ALWAYS, NEVER, UNKNOWN
    }

    /** Both operands on each side of an undecided jump. */
    public record Refined(Scalar takenDst, Scalar takenSrc, Scalar fallDst, Scalar fallSrc) {
    }

    /** Whether {@code dst op src} is always, never or maybe true. */
    public static Outcome isTaken(JumpOp op, boolean jmp32, Scalar dst, Scalar src) {
        int r = taken(op, jmp32, dst, src);
        return r == 1 ? Outcome.ALWAYS : r == 0 ? Outcome.NEVER : Outcome.UNKNOWN;
    }

    private static int taken(JumpOp op, boolean jmp32, Scalar r1, Scalar r2) {
        Tnum t1 = jmp32 ? r1.varOff().subreg() : r1.varOff();
        Tnum t2 = jmp32 ? r2.varOff().subreg() : r2.varOff();
        long umin1 = jmp32 ? r1.u32Min() & Bounds.U32_MAX : r1.umin();
        long umax1 = jmp32 ? r1.u32Max() & Bounds.U32_MAX : r1.umax();
        long smin1 = jmp32 ? r1.s32Min() : r1.smin();
        long smax1 = jmp32 ? r1.s32Max() : r1.smax();
        long umin2 = jmp32 ? r2.u32Min() & Bounds.U32_MAX : r2.umin();
        long umax2 = jmp32 ? r2.u32Max() & Bounds.U32_MAX : r2.umax();
        long smin2 = jmp32 ? r2.s32Min() : r2.smin();
        long smax2 = jmp32 ? r2.s32Max() : r2.smax();
        switch (op) {
            case JEQ:
            case JNE: {
                int equal;
                if (t1.isConst() && t2.isConst()) {
                    equal = t1.value() == t2.value() ? 1 : 0;
                } else if (!t1.overlaps(t2) || ugt(umin1, umax2) || ult(umax1, umin2)
                        || smin1 > smax2 || smax1 < smin2) {
                    equal = 0;
                } else if (!jmp32 && (Integer.compareUnsigned(r1.u32Min(), r2.u32Max()) > 0
                        || Integer.compareUnsigned(r1.u32Max(), r2.u32Min()) < 0
                        || r1.s32Min() > r2.s32Max() || r1.s32Max() < r2.s32Min())) {
                    equal = 0;
                } else {
                    return -1;
                }
                return op == JumpOp.JEQ ? equal : 1 - equal;
            }
            case JSET: {
                boolean c2 = jmp32 ? r2.isSubregConst() : r2.isConst();
                if (!c2) {
                    Tnum tt = t1;
                    t1 = t2;
                    t2 = tt;
                    Scalar rr = r1;
                    r1 = r2;
                    r2 = rr;
                    c2 = jmp32 ? r2.isSubregConst() : r2.isConst();
                }
                if (!c2) {
                    return -1;
                }
                if (((~t1.mask() & t1.value()) & t2.value()) != 0) {
                    return 1;
                }
                if (((t1.mask() | t1.value()) & t2.value()) == 0) {
                    return 0;
                }
                return -1;
            }
            case JGT:
                return ugt(umin1, umax2) ? 1 : ule(umax1, umin2) ? 0 : -1;
            case JSGT:
                return smin1 > smax2 ? 1 : smax1 <= smin2 ? 0 : -1;
            case JLT:
                return ult(umax1, umin2) ? 1 : uge(umin1, umax2) ? 0 : -1;
            case JSLT:
                return smax1 < smin2 ? 1 : smin1 >= smax2 ? 0 : -1;
            case JGE:
                return uge(umin1, umax2) ? 1 : ult(umax1, umin2) ? 0 : -1;
            case JSGE:
                return smin1 >= smax2 ? 1 : smax1 < smin2 ? 0 : -1;
            case JLE:
                return ule(umax1, umin2) ? 1 : ugt(umin1, umax2) ? 0 : -1;
            case JSLE:
                return smax1 <= smin2 ? 1 : smin1 > smax2 ? 0 : -1;
            default:
                throw new IllegalArgumentException("not a conditional jump: " + op);
        }
    }

    /**
     * Both operands narrowed for the taken and the fall-through side of {@code dst op src}
     * (the kernel's reg_set_min_max; call it when {@link #isTaken} is UNKNOWN).
     */
    public static Refined refine(JumpOp op, boolean jmp32, Scalar dst, Scalar src) {
        Bounds fd = new Bounds(dst);
        Bounds fs = new Bounds(src);
        refineCond(fd, fs, reverse(op), jmp32);
        fd.sync();
        fs.sync();
        Bounds td = new Bounds(dst);
        Bounds ts = new Bounds(src);
        refineCond(td, ts, Cond.of(op), jmp32);
        td.sync();
        ts.sync();
        return new Refined(td.toScalar(), ts.toScalar(), fd.toScalar(), fs.toScalar());
    }

    /** The conditions refinement works with: the jump ops plus "no bit of the mask set". */
    private enum Cond {
        EQ, NE, SET, NOT_SET, GT, GE, LT, LE, SGT, SGE, SLT, SLE;

        static Cond of(JumpOp op) {
            switch (op) {
                case JEQ: return EQ;
                case JNE: return NE;
                case JSET: return SET;
                case JGT: return GT;
                case JGE: return GE;
                case JLT: return LT;
                case JLE: return LE;
                case JSGT: return SGT;
                case JSGE: return SGE;
                case JSLT: return SLT;
                case JSLE: return SLE;
                default: throw new IllegalArgumentException("not a conditional jump: " + op);
            }
        }
    }

    private static Cond reverse(JumpOp op) {
        switch (op) {
            case JEQ: return Cond.NE;
            case JNE: return Cond.EQ;
            case JSET: return Cond.NOT_SET;
            case JGE: return Cond.LT;
            case JGT: return Cond.LE;
            case JLE: return Cond.GT;
            case JLT: return Cond.GE;
            case JSGE: return Cond.SLT;
            case JSGT: return Cond.SLE;
            case JSLE: return Cond.SGT;
            case JSLT: return Cond.SGE;
            default: throw new IllegalArgumentException("not a conditional jump: " + op);
        }
    }

    private static void refineCond(Bounds r1, Bounds r2, Cond c, boolean jmp32) {
        // "a > b" is "b < a": swap the operands and reuse the less-than rules
        switch (c) {
            case GE: refineOrdered(r2, r1, Cond.LE, jmp32); return;
            case GT: refineOrdered(r2, r1, Cond.LT, jmp32); return;
            case SGE: refineOrdered(r2, r1, Cond.SLE, jmp32); return;
            case SGT: refineOrdered(r2, r1, Cond.SLT, jmp32); return;
            default: refineOrdered(r1, r2, c, jmp32);
        }
    }

    private static void refineOrdered(Bounds r1, Bounds r2, Cond c, boolean jmp32) {
        switch (c) {
            case EQ:
                if (jmp32) {
                    r1.u32min = Bounds.umax32(r1.u32min, r2.u32min);
                    r1.u32max = Bounds.umin32(r1.u32max, r2.u32max);
                    r1.s32min = Math.max(r1.s32min, r2.s32min);
                    r1.s32max = Math.min(r1.s32max, r2.s32max);
                    r2.u32min = r1.u32min;
                    r2.u32max = r1.u32max;
                    r2.s32min = r1.s32min;
                    r2.s32max = r1.s32max;
                    Tnum t = r1.t.subreg().intersect(r2.t.subreg());
                    r1.t = r1.t.withSubreg(t);
                    r2.t = r2.t.withSubreg(t);
                } else {
                    r1.umin = Bounds.umax64(r1.umin, r2.umin);
                    r1.umax = Bounds.umin64(r1.umax, r2.umax);
                    r1.smin = Math.max(r1.smin, r2.smin);
                    r1.smax = Math.min(r1.smax, r2.smax);
                    r2.umin = r1.umin;
                    r2.umax = r1.umax;
                    r2.smin = r1.smin;
                    r2.smax = r1.smax;
                    r1.t = r1.t.intersect(r2.t);
                    r2.t = r1.t;
                }
                break;
            case NE: {
                Bounds a = r1;
                Bounds k = r2;
                if (!isConst(k, jmp32)) {
                    a = r2;
                    k = r1;
                }
                if (!isConst(k, jmp32)) {
                    break;
                }
                long val = constValue(k, jmp32);
                // the constant sits at an edge of the other operand's range: move the edge
                if (jmp32) {
                    if (a.u32min == (int) val) {
                        a.u32min++;
                    }
                    if (a.u32max == (int) val) {
                        a.u32max--;
                    }
                    if (a.s32min == (int) val) {
                        a.s32min++;
                    }
                    if (a.s32max == (int) val) {
                        a.s32max--;
                    }
                } else {
                    if (a.umin == val) {
                        a.umin++;
                    }
                    if (a.umax == val) {
                        a.umax--;
                    }
                    if (a.smin == val) {
                        a.smin++;
                    }
                    if (a.smax == val) {
                        a.smax--;
                    }
                }
                break;
            }
            case SET: {
                Bounds a = r1;
                Bounds k = r2;
                if (!isConst(k, jmp32)) {
                    a = r2;
                    k = r1;
                }
                if (!isConst(k, jmp32)) {
                    break;
                }
                long val = constValue(k, jmp32);
                // a set bit is only learned when the mask has exactly one bit
                if (val == 0 || (val & (val - 1)) != 0) {
                    break;
                }
                if (jmp32) {
                    a.t = a.t.withSubreg(a.t.subreg().or(Tnum.constant(val)));
                } else {
                    a.t = a.t.or(Tnum.constant(val));
                }
                break;
            }
            case NOT_SET: {
                Bounds a = r1;
                Bounds k = r2;
                if (!isConst(k, jmp32)) {
                    a = r2;
                    k = r1;
                }
                if (!isConst(k, jmp32)) {
                    break;
                }
                long val = constValue(k, jmp32);
                // forget the ranges first so a dead branch cannot produce inverted bounds
                a.markUnbounded();
                if (jmp32) {
                    a.t = a.t.withSubreg(a.t.subreg().and(Tnum.constant(~val)));
                } else {
                    a.t = a.t.and(Tnum.constant(~val));
                }
                break;
            }
            case LE:
                if (jmp32) {
                    r1.u32max = Bounds.umin32(r1.u32max, r2.u32max);
                    r2.u32min = Bounds.umax32(r1.u32min, r2.u32min);
                } else {
                    r1.umax = Bounds.umin64(r1.umax, r2.umax);
                    r2.umin = Bounds.umax64(r1.umin, r2.umin);
                }
                break;
            case LT:
                if (jmp32) {
                    r1.u32max = Bounds.umin32(r1.u32max, r2.u32max - 1);
                    r2.u32min = Bounds.umax32(r1.u32min + 1, r2.u32min);
                } else {
                    r1.umax = Bounds.umin64(r1.umax, r2.umax - 1);
                    r2.umin = Bounds.umax64(r1.umin + 1, r2.umin);
                }
                break;
            case SLE:
                if (jmp32) {
                    r1.s32max = Math.min(r1.s32max, r2.s32max);
                    r2.s32min = Math.max(r1.s32min, r2.s32min);
                } else {
                    r1.smax = Math.min(r1.smax, r2.smax);
                    r2.smin = Math.max(r1.smin, r2.smin);
                }
                break;
            case SLT:
                if (jmp32) {
                    r1.s32max = Math.min(r1.s32max, r2.s32max - 1);
                    r2.s32min = Math.max(r1.s32min + 1, r2.s32min);
                } else {
                    r1.smax = Math.min(r1.smax, r2.smax - 1);
                    r2.smin = Math.max(r1.smin + 1, r2.smin);
                }
                break;
            default:
                break;
        }
    }

    private static boolean isConst(Bounds b, boolean jmp32) {
        return jmp32 ? b.t.subregIsConst() : b.t.isConst();
    }

    private static long constValue(Bounds b, boolean jmp32) {
        return jmp32 ? b.t.subreg().value() : b.t.value();
    }

    private static boolean ugt(long a, long b) {
        return Long.compareUnsigned(a, b) > 0;
    }

    private static boolean uge(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0;
    }

    private static boolean ult(long a, long b) {
        return Long.compareUnsigned(a, b) < 0;
    }

    private static boolean ule(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0;
    }
}
