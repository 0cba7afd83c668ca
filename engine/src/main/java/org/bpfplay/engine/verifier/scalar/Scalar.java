/*
 * What the verifier knows about a scalar register: a tnum plus signed and unsigned bounds for the
 * full 64-bit value and for its low 32 bits (the kernel's bpf_reg_state numeric fields). Unsigned
 * fields hold their bit pattern in a Java long/int. Values made by the factories here are kept in
 * sync the way the kernel's reg_bounds_sync does; the canonical constructor takes fields as given,
 * so tests and the verifier can reproduce any state the kernel prints.
 */
package org.bpfplay.engine.verifier.scalar;

/**
 * A scalar's abstract value.
 *
 * @param varOff the known bits
 * @param smin   signed 64-bit minimum
 * @param smax   signed 64-bit maximum
 * @param umin   unsigned 64-bit minimum (bit pattern)
 * @param umax   unsigned 64-bit maximum (bit pattern)
 * @param s32Min signed 32-bit minimum of the low half
 * @param s32Max signed 32-bit maximum of the low half
 * @param u32Min unsigned 32-bit minimum of the low half (bit pattern)
 * @param u32Max unsigned 32-bit maximum of the low half (bit pattern)
 */
public record Scalar(Tnum varOff, long smin, long smax, long umin, long umax,
                     int s32Min, int s32Max, int u32Min, int u32Max) {

    private static final Scalar UNKNOWN = new Scalar(Tnum.UNKNOWN, Long.MIN_VALUE, Long.MAX_VALUE, 0, -1L,
            Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1);

    /** A known 64-bit constant. */
    public static Scalar constant(long v) {
        return new Scalar(Tnum.constant(v), v, v, v, v, (int) v, (int) v, (int) v, (int) v);
    }

    /** A scalar about which nothing is known ({@code scalar()}). */
    public static Scalar unknown() {
        return UNKNOWN;
    }

    /** Any value whose known bits are {@code t}, bounds derived from it. */
    public static Scalar ofTnum(Tnum t) {
        Bounds b = new Bounds(UNKNOWN);
        b.t = t;
        b.sync();
        return b.toScalar();
    }

    /** The unsigned 64-bit range [umin, umax] (bit patterns), everything else derived. */
    public static Scalar unsignedRange(long umin, long umax) {
        Bounds b = new Bounds(UNKNOWN);
        b.umin = umin;
        b.umax = umax;
        b.sync();
        return b.toScalar();
    }

    /** The signed 64-bit range [smin, smax], everything else derived. */
    public static Scalar signedRange(long smin, long smax) {
        Bounds b = new Bounds(UNKNOWN);
        b.smin = smin;
        b.smax = smax;
        b.sync();
        return b.toScalar();
    }

    /** An unknown value zero-extended from {@code sizeBytes} (1, 2, 4): a narrow load's result. */
    public static Scalar unknownOfSize(int sizeBytes) {
        return sizeBytes >= 8 ? UNKNOWN : ScalarCasts.coerceToSize(UNKNOWN, sizeBytes);
    }

    /** An unknown value sign-extended from {@code sizeBytes} (1, 2, 4): a sign-extending load's result. */
    public static Scalar unknownSignExtended(int sizeBytes) {
        return sizeBytes >= 8 ? UNKNOWN : ScalarCasts.signExtend(UNKNOWN, sizeBytes);
    }

    // ---- queries ----

    public boolean isConst() {
        return varOff.isConst();
    }

    /** The constant value (meaningful when {@link #isConst()}). */
    public long constValue() {
        return varOff.value();
    }

    public boolean isSubregConst() {
        return varOff.subregIsConst();
    }

    public boolean isUnknown() {
        return equals(UNKNOWN);
    }

    /** True if the concrete 64-bit value {@code v} is allowed by every field. */
    public boolean contains(long v) {
        return varOff.contains(v) && v >= smin && v <= smax
                && Long.compareUnsigned(v, umin) >= 0 && Long.compareUnsigned(v, umax) <= 0
                && (int) v >= s32Min && (int) v <= s32Max
                && Integer.compareUnsigned((int) v, u32Min) >= 0 && Integer.compareUnsigned((int) v, u32Max) <= 0;
    }

    /** True if some min exceeds its max: no concrete value fits (a dead branch). */
    public boolean isEmpty() {
        return new Bounds(this).isInvalid();
    }

    /** Number of significant bits of umax (the kernel's get_reg_width). */
    public int width() {
        return 64 - Long.numberOfLeadingZeros(umax);
    }

    // ---- with-ers (no re-sync; call synced() to derive the rest) ----

    public Scalar withVarOff(Tnum t) {
        return new Scalar(t, smin, smax, umin, umax, s32Min, s32Max, u32Min, u32Max);
    }

    public Scalar withSigned(long newSmin, long newSmax) {
        return new Scalar(varOff, newSmin, newSmax, umin, umax, s32Min, s32Max, u32Min, u32Max);
    }

    public Scalar withUnsigned(long newUmin, long newUmax) {
        return new Scalar(varOff, smin, smax, newUmin, newUmax, s32Min, s32Max, u32Min, u32Max);
    }

    public Scalar withSigned32(int newMin, int newMax) {
        return new Scalar(varOff, smin, smax, umin, umax, newMin, newMax, u32Min, u32Max);
    }

    public Scalar withUnsigned32(int newMin, int newMax) {
        return new Scalar(varOff, smin, smax, umin, umax, s32Min, s32Max, newMin, newMax);
    }

    /** The kernel's reg_bounds_sync applied to this value. */
    public Scalar synced() {
        Bounds b = new Bounds(this);
        b.sync();
        return b.toScalar();
    }

    /** The kernel log text of this scalar without id or precision ({@code 42}, {@code scalar(...)}). */
    @Override
    public String toString() {
        return ScalarPrinter.print(this);
    }
}
