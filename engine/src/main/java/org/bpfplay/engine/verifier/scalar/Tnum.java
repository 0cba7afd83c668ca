/*
 * Tnum: a "tracked number", the verifier's bit-level knowledge of a 64-bit value. Every bit is
 * known 0, known 1 or unknown: a bit set in {@code mask} is unknown, otherwise its value is the
 * bit of {@code value}. A well-formed tnum never has a bit set in both. The operations follow
 * the rules of the Linux kernel's tnum library (kernel/bpf/tnum.c), so that results agree bit
 * for bit with the kernel verifier; each result contains every concrete result of the operation.
 */
package org.bpfplay.engine.verifier.scalar;

/** Known/unknown bits of a 64-bit value; {@code mask} bits are unknown. */
public record Tnum(long value, long mask) {

    /** A value about which nothing is known. */
    public static final Tnum UNKNOWN = new Tnum(0, -1L);

    private static final long LOW32 = 0xffff_ffffL;

    /** The constant {@code v}. */
    public static Tnum constant(long v) {
        return new Tnum(v, 0);
    }

    /**
     * The smallest tnum holding every value of the unsigned range [min, max]: the bits above the
     * highest differing bit are known, everything below is unknown.
     */
    public static Tnum range(long min, long max) {
        long chi = min ^ max;
        int bits = 64 - Long.numberOfLeadingZeros(chi);
        if (bits > 63) {
            return UNKNOWN;
        }
        long delta = (1L << bits) - 1;
        return new Tnum(min & ~delta, delta);
    }

    public boolean isConst() {
        return mask == 0;
    }

    public boolean isUnknown() {
        return mask == -1L;
    }

    public boolean equalsConst(long v) {
        return mask == 0 && value == v;
    }

    /** Smallest possible unsigned value. */
    public long umin() {
        return value;
    }

    /** Largest possible unsigned value. */
    public long umax() {
        return value | mask;
    }

    // ---- shifts (shift amounts are taken modulo 64 by Java; callers pass 0..63) ----

    public Tnum lshift(int shift) {
        return new Tnum(value << shift, mask << shift);
    }

    public Tnum rshift(int shift) {
        return new Tnum(value >>> shift, mask >>> shift);
    }

    /**
     * Arithmetic shift right by the minimum shift amount. With {@code bitness} 32 only the low
     * 32 bits take part and the result is zero-extended (the kernel's ALU32 arsh).
     */
    public Tnum arshift(int shift, int bitness) {
        if (bitness == 32) {
            return new Tnum(((int) value >> shift) & LOW32, ((int) mask >> shift) & LOW32);
        }
        return new Tnum(value >> shift, mask >> shift);
    }

    // ---- arithmetic ----

    public Tnum add(Tnum b) {
        long sm = mask + b.mask;
        long sv = value + b.value;
        long carries = (sm + sv) ^ sv;
        long mu = carries | mask | b.mask;
        return new Tnum(sv & ~mu, mu);
    }

    public Tnum sub(Tnum b) {
        long dv = value - b.value;
        long hi = dv + mask;
        long lo = dv - b.mask;
        long mu = (hi ^ lo) | mask | b.mask;
        return new Tnum(dv & ~mu, mu);
    }

    /** Two's complement negation, {@code 0 - this}. */
    public Tnum neg() {
        return constant(0).sub(this);
    }

    /**
     * Multiplication (Linux 6.17+ long multiplication over the bits of this tnum): a certainly set
     * bit adds the (shifted) other operand to the accumulator; an unknown bit replaces the
     * accumulator with the union of "added" and "not added", which keeps the correlation between
     * the unknown bits of one partial product that the older value/mask split lost.
     */
    public Tnum mul(Tnum b) {
        Tnum acc = constant(0);
        Tnum a = this;
        Tnum bb = b;
        while (a.value != 0 || a.mask != 0) {
            if ((a.value & 1) != 0) {
                acc = acc.add(bb);
            } else if ((a.mask & 1) != 0) {
                acc = acc.union(acc.add(bb));
            }
            a = a.rshift(1);
            bb = bb.lshift(1);
        }
        return acc;
    }

    /** The smallest tnum containing every value of both (bits that differ or are unknown become unknown). */
    public Tnum union(Tnum b) {
        long v = value & b.value;
        long mu = (value ^ b.value) | mask | b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /** Multiplication as Linux 6.12 computed it (before the 6.17 precision rework); kept for comparison. */
    public Tnum mulLegacy(Tnum b) {
        long accV = value * b.value;
        Tnum accM = constant(0);
        Tnum a = this;
        Tnum bb = b;
        while (a.value != 0 || a.mask != 0) {
            if ((a.value & 1) != 0) {
                accM = accM.add(new Tnum(0, bb.mask));
            } else if ((a.mask & 1) != 0) {
                accM = accM.add(new Tnum(0, bb.value | bb.mask));
            }
            a = a.rshift(1);
            bb = bb.lshift(1);
        }
        return constant(accV).add(accM);
    }

    // ---- bitwise ----

    public Tnum and(Tnum b) {
        long alpha = value | mask;
        long beta = b.value | b.mask;
        long v = value & b.value;
        return new Tnum(v, alpha & beta & ~v);
    }

    public Tnum or(Tnum b) {
        long v = value | b.value;
        long mu = mask | b.mask;
        return new Tnum(v, mu & ~v);
    }

    public Tnum xor(Tnum b) {
        long v = value ^ b.value;
        long mu = mask | b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /** Byte-swap of the low 16 bits; higher bits become known zero. */
    public Tnum bswap16() {
        return new Tnum(Short.reverseBytes((short) value) & 0xffffL, Short.reverseBytes((short) mask) & 0xffffL);
    }

    /** Byte-swap of the low 32 bits; higher bits become known zero. */
    public Tnum bswap32() {
        return new Tnum(Integer.reverseBytes((int) value) & LOW32, Integer.reverseBytes((int) mask) & LOW32);
    }

    public Tnum bswap64() {
        return new Tnum(Long.reverseBytes(value), Long.reverseBytes(mask));
    }

    // ---- set operations ----

    /** True if some value could be in both (the known bits agree where both are known). */
    public boolean overlaps(Tnum b) {
        long known = ~mask & ~b.mask;
        return (value & known) == (b.value & known);
    }

    /**
     * Values satisfying both. Where the operands disagree on a known bit the result says
     * "known 1" (the kernel's rule); callers only intersect compatible knowledge.
     */
    public Tnum intersect(Tnum b) {
        long v = value | b.value;
        long mu = mask & b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /** True if every value of {@code b} is a value of this tnum. */
    public boolean contains(Tnum b) {
        if ((b.mask & ~mask) != 0) {
            return false;
        }
        return value == (b.value & ~mask);
    }

    /** True if the concrete value {@code v} is one of this tnum's values. */
    public boolean contains(long v) {
        return (v & ~mask) == value;
    }

    // ---- sizes and subregisters ----

    /** Keeps the low {@code sizeBytes} bytes (1, 2, 4 or 8), the rest becomes known zero. */
    public Tnum cast(int sizeBytes) {
        if (sizeBytes >= 8) {
            return this;
        }
        long keep = (1L << (sizeBytes * 8)) - 1;
        return new Tnum(value & keep, mask & keep);
    }

    public boolean isAligned(long size) {
        if (size == 0) {
            return true;
        }
        return ((value | mask) & (size - 1)) == 0;
    }

    /** The low 32 bits (upper bits known zero). */
    public Tnum subreg() {
        return cast(4);
    }

    /** The upper 32 bits, with the low 32 bits known zero. */
    public Tnum clearSubreg() {
        return rshift(32).lshift(32);
    }

    /** This tnum's upper half with {@code sub}'s low half. */
    public Tnum withSubreg(Tnum sub) {
        return clearSubreg().or(sub.subreg());
    }

    public Tnum withConstSubreg(int v) {
        return withSubreg(constant(v & LOW32));
    }

    public boolean subregIsConst() {
        return (mask & LOW32) == 0;
    }

    /** Tristate binary expansion, most significant bit first ('0', '1', 'x'). */
    public String toBinary() {
        StringBuilder sb = new StringBuilder(64);
        for (int bit = 63; bit >= 0; bit--) {
            long m = 1L << bit;
            sb.append((mask & m) != 0 ? 'x' : (value & m) != 0 ? '1' : '0');
        }
        return sb.toString();
    }

    /** The kernel's {@code var_off} text: a constant as a number, otherwise {@code (0xV; 0xM)}. */
    @Override
    public String toString() {
        if (mask == 0) {
            return ScalarPrinter.unum(value);
        }
        return "(" + ScalarPrinter.hex(value) + "; " + ScalarPrinter.hex(mask) + ")";
    }
}
