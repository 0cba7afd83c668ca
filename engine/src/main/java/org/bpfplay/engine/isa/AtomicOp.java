package org.bpfplay.engine.isa;

/**
 * The operation of a STX|ATOMIC instruction, held in its immediate. The FETCH bit (0x01) makes a
 * read-modify-write return the old value in src; XCHG and CMPXCHG always fetch. Load-acquire and
 * store-release are ordered loads/stores that reuse the ATOMIC mode.
 */
public enum AtomicOp {
    ADD(0x00, "+=", "add"), OR(0x40, "|=", "or"), AND(0x50, "&=", "and"), XOR(0xa0, "^=", "xor"),
    XCHG(0xe0 | AtomicOp.FETCH, null, "xchg"), CMPXCHG(0xf0 | AtomicOp.FETCH, null, "cmpxchg"),
    LOAD_ACQUIRE(0x100, null, "load_acquire"), STORE_RELEASE(0x110, null, "store_release");

    /** Set in the immediate to return the old value. */
    public static final int FETCH = 0x01;

    /** Immediate value without the FETCH bit. */
    public final int code;
    /** Operator of the non-fetching form ({@code lock *(u64 *)(r1 + 0) += r2}), null if none. */
    public final String operator;
    /** Name used in {@code atomic_fetch_add} and friends. */
    public final String name;

    AtomicOp(int code, String operator, String name) {
        this.code = code;
        this.operator = operator;
        this.name = name;
    }

    /** The operation of an atomic immediate, ignoring FETCH for the arithmetic ones; null if none. */
    public static AtomicOp of(int imm) {
        for (AtomicOp op : values()) {
            if (op.code == imm || (op.isArithmetic() && (op.code | FETCH) == imm)) {
                return op;
            }
        }
        return null;
    }

    /** add/or/and/xor: the ones that exist with and without FETCH. */
    public boolean isArithmetic() {
        return operator != null;
    }

    /** The immediate for this operation, with FETCH when asked (arithmetic ops only). */
    public int imm(boolean fetch) {
        return fetch && isArithmetic() ? code | FETCH : code;
    }
}
