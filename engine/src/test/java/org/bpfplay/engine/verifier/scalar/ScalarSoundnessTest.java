package org.bpfplay.engine.verifier.scalar;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongBinaryOperator;

import org.bpfplay.engine.isa.AluOp;
import org.bpfplay.engine.isa.JumpOp;
import org.junit.jupiter.api.Test;

/**
 * Soundness: for random small sets of concrete values (fixed seed, values chosen around the
 * interesting edges: 0, sign bits of 32 and 64 bits, u32 max), the abstract result of every op
 * contains every concrete result, and branch refinement keeps every value pair that satisfies
 * (or fails) the condition.
 */
class ScalarSoundnessTest {
    private static final long[] EDGES = {0, 1, 2, 3, 7, 8, 15, 16, 100, 255, 256, 0x7fff, 0x8000, 0xffff,
        0x7fffffffL, 0x80000000L, 0xffffffffL, 0x100000000L, 0x1_0000_0005L, Long.MAX_VALUE, Long.MIN_VALUE,
        -1, -2, -8, -100, -0x80000000L, -0x80000001L};
    private static final int ROUNDS = 150;

    private final Random rnd = new Random(0x5eed);

    private long randomValue() {
        long base = EDGES[rnd.nextInt(EDGES.length)];
        switch (rnd.nextInt(4)) {
            case 0: return base;
            case 1: return base + rnd.nextInt(5) - 2;
            case 2: return rnd.nextInt(512) - 256;
            default: return rnd.nextLong();
        }
    }

    private List<Long> randomSet() {
        int n = 1 + rnd.nextInt(4);
        List<Long> out = new ArrayList<>();
        long anchor = randomValue();
        for (int i = 0; i < n; i++) {
            // mostly values close together, so ranges are narrow enough to mean something
            out.add(rnd.nextBoolean() ? anchor + rnd.nextInt(64) : randomValue());
        }
        return out;
    }

    /** The tightest abstraction of a concrete set (exact bounds and joined bits), synced. */
    static Scalar abstractOf(List<Long> vs) {
        long and = -1;
        long or = 0;
        long smin = Long.MAX_VALUE;
        long smax = Long.MIN_VALUE;
        long umin = -1;
        long umax = 0;
        int s32min = Integer.MAX_VALUE;
        int s32max = Integer.MIN_VALUE;
        int u32min = -1;
        int u32max = 0;
        for (long v : vs) {
            and &= v;
            or |= v;
            smin = Math.min(smin, v);
            smax = Math.max(smax, v);
            umin = Bounds.umin64(umin, v);
            umax = Bounds.umax64(umax, v);
            s32min = Math.min(s32min, (int) v);
            s32max = Math.max(s32max, (int) v);
            u32min = Bounds.umin32(u32min, (int) v);
            u32max = Bounds.umax32(u32max, (int) v);
        }
        Tnum t = new Tnum(and, or ^ and);
        Scalar s = new Scalar(t, smin, smax, umin, umax, s32min, s32max, u32min, u32max);
        for (long v : vs) {
            assertTrue(s.contains(v), "abstraction of " + vs);
        }
        Scalar synced = s.synced();
        for (long v : vs) {
            assertTrue(synced.contains(v), "sync lost " + v + " from " + s + " -> " + synced);
        }
        return synced;
    }

    private void checkBinary(AluOp op, boolean alu64, LongBinaryOperator concrete, boolean shift) {
        for (int round = 0; round < ROUNDS; round++) {
            List<Long> as = randomSet();
            List<Long> bs = shift ? List.of((long) rnd.nextInt(alu64 ? 64 : 32)) : randomSet();
            Scalar a = abstractOf(as);
            Scalar b = abstractOf(bs);
            Scalar r = ScalarAlu.binary(op, alu64, a, b);
            for (long x : as) {
                for (long y : bs) {
                    long z = alu64 ? concrete.applyAsLong(x, y)
                            : concrete.applyAsLong(x & 0xffff_ffffL, y & 0xffff_ffffL) & 0xffff_ffffL;
                    if (!r.contains(z)) {
                        fail(op + (alu64 ? "64 " : "32 ") + a + " , " + b + " -> " + r + " misses "
                                + Long.toHexString(x) + " op " + Long.toHexString(y) + " = " + Long.toHexString(z));
                    }
                }
            }
        }
    }

    @Test
    void arithmeticIsSound() {
        for (boolean alu64 : new boolean[] {true, false}) {
            checkBinary(AluOp.ADD, alu64, Long::sum, false);
            checkBinary(AluOp.SUB, alu64, (x, y) -> x - y, false);
            checkBinary(AluOp.MUL, alu64, (x, y) -> x * y, false);
        }
    }

    @Test
    void bitwiseIsSound() {
        for (boolean alu64 : new boolean[] {true, false}) {
            checkBinary(AluOp.AND, alu64, (x, y) -> x & y, false);
            checkBinary(AluOp.OR, alu64, (x, y) -> x | y, false);
            checkBinary(AluOp.XOR, alu64, (x, y) -> x ^ y, false);
        }
    }

    @Test
    void shiftsAreSound() {
        checkBinary(AluOp.LSH, true, (x, y) -> x << y, true);
        checkBinary(AluOp.RSH, true, (x, y) -> x >>> y, true);
        checkBinary(AluOp.ARSH, true, (x, y) -> x >> y, true);
        checkBinary(AluOp.LSH, false, (x, y) -> x << y, true);
        checkBinary(AluOp.RSH, false, (x, y) -> x >>> y, true);
        checkBinary(AluOp.ARSH, false, (x, y) -> ((int) x) >> y, true);
    }

    @Test
    void unaryOpsAreSound() {
        for (int round = 0; round < ROUNDS; round++) {
            List<Long> as = randomSet();
            Scalar a = abstractOf(as);
            for (long x : as) {
                check(ScalarAlu.neg(true, a), -x, "neg64", a);
                check(ScalarAlu.neg(false, a), (-x) & 0xffff_ffffL, "neg32", a);
                check(ScalarAlu.mov(false, 0, a), x & 0xffff_ffffL, "mov32", a);
                check(ScalarAlu.mov(true, 8, a), (long) (byte) x, "movsx8", a);
                check(ScalarAlu.mov(true, 16, a), (long) (short) x, "movsx16", a);
                check(ScalarAlu.mov(true, 32, a), (long) (int) x, "movsx32", a);
                check(ScalarAlu.mov(false, 8, a), ((long) (byte) x) & 0xffff_ffffL, "movsx32_8", a);
                check(ScalarAlu.mov(false, 16, a), ((long) (short) x) & 0xffff_ffffL, "movsx32_16", a);
                check(ScalarAlu.endian(false, true, 16, a), Short.reverseBytes((short) x) & 0xffffL, "be16", a);
                check(ScalarAlu.endian(false, true, 32, a), Integer.reverseBytes((int) x) & 0xffff_ffffL, "be32", a);
                check(ScalarAlu.endian(true, false, 64, a), Long.reverseBytes(x), "bswap64", a);
                check(ScalarAlu.endian(false, false, 16, a), x & 0xffffL, "le16", a);
                check(ScalarAlu.endian(false, false, 32, a), x & 0xffff_ffffL, "le32", a);
                check(ScalarCasts.coerceToSize(a, 1), x & 0xffL, "u8", a);
            }
        }
    }

    private static void check(Scalar r, long z, String what, Scalar in) {
        if (!r.contains(z)) {
            fail(what + " " + in + " -> " + r + " misses " + Long.toHexString(z));
        }
    }

    private static boolean holds(JumpOp op, boolean jmp32, long x, long y) {
        if (jmp32) {
            x = (int) x;
            y = (int) y;
            long ux = x & 0xffff_ffffL;
            long uy = y & 0xffff_ffffL;
            switch (op) {
                case JGT: return ux > uy;
                case JGE: return ux >= uy;
                case JLT: return ux < uy;
                case JLE: return ux <= uy;
                default: break;
            }
        }
        switch (op) {
            case JEQ: return x == y;
            case JNE: return x != y;
            case JSET: return (x & y) != 0;
            case JGT: return Long.compareUnsigned(x, y) > 0;
            case JGE: return Long.compareUnsigned(x, y) >= 0;
            case JLT: return Long.compareUnsigned(x, y) < 0;
            case JLE: return Long.compareUnsigned(x, y) <= 0;
            case JSGT: return x > y;
            case JSGE: return x >= y;
            case JSLT: return x < y;
            case JSLE: return x <= y;
            default: throw new IllegalArgumentException(op.toString());
        }
    }

    @Test
    void branchPredictionAndRefinementAreSound() {
        JumpOp[] ops = {JumpOp.JEQ, JumpOp.JNE, JumpOp.JSET, JumpOp.JGT, JumpOp.JGE, JumpOp.JLT, JumpOp.JLE,
            JumpOp.JSGT, JumpOp.JSGE, JumpOp.JSLT, JumpOp.JSLE};
        for (int round = 0; round < ROUNDS; round++) {
            List<Long> as = randomSet();
            List<Long> bs = rnd.nextInt(3) == 0 ? List.of(randomValue()) : randomSet();
            Scalar a = abstractOf(as);
            Scalar b = abstractOf(bs);
            for (JumpOp op : ops) {
                for (boolean jmp32 : new boolean[] {false, true}) {
                    ScalarBranch.Outcome o = ScalarBranch.isTaken(op, jmp32, a, b);
                    ScalarBranch.Refined r = o == ScalarBranch.Outcome.UNKNOWN
                            ? ScalarBranch.refine(op, jmp32, a, b) : null;
                    for (long x : as) {
                        for (long y : bs) {
                            boolean t = holds(op, jmp32, x, y);
                            String ctx = op + (jmp32 ? "32 " : " ") + a + " , " + b + " at "
                                    + Long.toHexString(x) + "," + Long.toHexString(y);
                            if (o == ScalarBranch.Outcome.ALWAYS && !t || o == ScalarBranch.Outcome.NEVER && t) {
                                fail("wrong prediction " + o + " for " + ctx);
                            }
                            if (r != null) {
                                Scalar rd = t ? r.takenDst() : r.fallDst();
                                Scalar rs = t ? r.takenSrc() : r.fallSrc();
                                if (!rd.contains(x) || !rs.contains(y)) {
                                    fail("refinement lost a pair: " + ctx + " -> " + rd + " , " + rs);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
