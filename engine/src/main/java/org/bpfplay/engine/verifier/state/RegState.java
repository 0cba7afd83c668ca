package org.bpfplay.engine.verifier.state;

import org.bpfplay.engine.verifier.scalar.Scalar;

/**
 * One register's abstract value. For scalars {@code value} is the number; for pointers it is the
 * variable part of the offset and {@code off} the fixed part. {@code id} links scalars copied
 * from each other (with {@code addConst}: linked by {@code rX += off}, the delta kept in
 * {@code off}) and packet pointers derived from the same variable offset. {@code range} is the
 * number of bytes past a packet pointer proven to lie before data_end.
 */
public record RegState(RegType type, Scalar value, int off, int id, boolean addConst, int range,
                       int frameno, boolean precise) {

    public static final RegState NOT_INIT = new RegState(RegType.NOT_INIT, Scalar.unknown(), 0, 0, false, 0, 0, false);

    public static RegState scalar(Scalar v) {
        return new RegState(RegType.SCALAR, v, 0, 0, false, 0, 0, false);
    }

    public static RegState unknownScalar() {
        return scalar(Scalar.unknown());
    }

    /** A pointer of a type at a fixed offset (var_off 0). */
    public static RegState pointer(RegType type, int off) {
        return new RegState(type, Scalar.constant(0), off, 0, false, 0, 0, false);
    }

    public static RegState framePointer(int frameno) {
        return new RegState(RegType.PTR_TO_STACK, Scalar.constant(0), 0, 0, false, 0, frameno, false);
    }

    public boolean isScalar() {
        return type == RegType.SCALAR;
    }

    public boolean isPointer() {
        return type.isPointer();
    }

    public boolean isInit() {
        return type != RegType.NOT_INIT;
    }

    /** A scalar with a known value. */
    public boolean isConst() {
        return type == RegType.SCALAR && value.isConst();
    }

    public RegState withValue(Scalar v) {
        return new RegState(type, v, off, id, addConst, range, frameno, precise);
    }

    /** A scalar with a new value and no link (the result of arithmetic). */
    public static RegState freshScalar(Scalar v) {
        return scalar(v);
    }

    public RegState withOff(int newOff) {
        return new RegState(type, value, newOff, id, addConst, range, frameno, precise);
    }

    public RegState withId(int newId) {
        return new RegState(type, value, off, newId, addConst, range, frameno, precise);
    }

    public RegState withLink(int newId, boolean newAddConst, int delta) {
        return new RegState(type, value, delta, newId, newAddConst, range, frameno, precise);
    }

    public RegState withRange(int newRange) {
        return new RegState(type, value, off, id, addConst, newRange, frameno, precise);
    }

    public RegState withPrecise(boolean p) {
        return new RegState(type, value, off, id, addConst, range, frameno, p);
    }
}
