package org.bpfplay.engine.verifier.state;

import org.bpfplay.engine.maps.MapSpec;
import org.bpfplay.engine.verifier.scalar.Scalar;

/**
 * One register's abstract value. For scalars {@code value} is the number; for pointers it is the
 * variable part of the offset and {@code off} the fixed part. {@code id} links scalars copied
 * from each other (with {@code addConst}: linked by {@code rX += off}, the delta kept in
 * {@code off}), packet pointers derived from the same variable offset, and maybe-null pointers
 * returned by the same call. {@code range} is the number of bytes past a packet pointer proven to
 * lie before data_end. {@code map} is the map of map_ptr/map_value/map_key pointers (else null),
 * {@code refObjId} the acquired reference a pointer belongs to (0: none), {@code memSize} the
 * size of the memory a ringbuf_mem pointer points to.
 */
public record RegState(RegType type, Scalar value, int off, int id, boolean addConst, int range,
                       int frameno, boolean precise, MapSpec map, int refObjId, int memSize) {

    public static final RegState NOT_INIT = new RegState(RegType.NOT_INIT, Scalar.unknown(), 0, 0, false, 0, 0, false);

    /** A register without map, reference or memory size. */
    public RegState(RegType type, Scalar value, int off, int id, boolean addConst, int range, int frameno,
                    boolean precise) {
        this(type, value, off, id, addConst, range, frameno, precise, null, 0, 0);
    }

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

    /** A pointer that refers to a map (map_ptr, map_value, map_key) at offset 0. */
    public static RegState mapPointer(RegType type, MapSpec map) {
        return new RegState(type, Scalar.constant(0), 0, 0, false, 0, 0, false, map, 0, 0);
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

    /** register_is_null: a known-zero scalar. */
    public boolean isNull() {
        return isConst() && value.constValue() == 0;
    }

    public RegState withValue(Scalar v) {
        return new RegState(type, v, off, id, addConst, range, frameno, precise, map, refObjId, memSize);
    }

    /** A scalar with a new value and no link (the result of arithmetic). */
    public static RegState freshScalar(Scalar v) {
        return scalar(v);
    }

    public RegState withOff(int newOff) {
        return new RegState(type, value, newOff, id, addConst, range, frameno, precise, map, refObjId, memSize);
    }

    public RegState withId(int newId) {
        return new RegState(type, value, off, newId, addConst, range, frameno, precise, map, refObjId, memSize);
    }

    public RegState withLink(int newId, boolean newAddConst, int delta) {
        return new RegState(type, value, delta, newId, newAddConst, range, frameno, precise, map, refObjId, memSize);
    }

    public RegState withRange(int newRange) {
        return new RegState(type, value, off, id, addConst, newRange, frameno, precise, map, refObjId, memSize);
    }

    public RegState withPrecise(boolean p) {
        return new RegState(type, value, off, id, addConst, range, frameno, p, map, refObjId, memSize);
    }

    public RegState withType(RegType t) {
        return new RegState(t, value, off, id, addConst, range, frameno, precise, map, refObjId, memSize);
    }

    public RegState withRef(int newRefObjId) {
        return new RegState(type, value, off, id, addConst, range, frameno, precise, map, newRefObjId, memSize);
    }

    public RegState withMemSize(int size) {
        return new RegState(type, value, off, id, addConst, range, frameno, precise, map, refObjId, size);
    }
}
