package org.bpfplay.engine.isa;

/**
 * Meanings of the src register field when it does not name a register: the pseudo sources of
 * LD_IMM64 and of CALL (Linux UAPI values).
 */
public final class Pseudo {
    private Pseudo() {
    }

    /** LD_IMM64 src 1: imm is a map file descriptor (here: an index into the program's maps). */
    public static final int MAP_FD = 1;
    /** LD_IMM64 src 2: imm is a map fd, the second imm an offset into its first value. */
    public static final int MAP_VALUE = 2;
    /** LD_IMM64 src 3: imm is a BTF id of a kernel variable. */
    public static final int BTF_ID = 3;
    /** LD_IMM64 src 4: imm is the relative offset of a subprogram (a callback). */
    public static final int FUNC = 4;
    /** LD_IMM64 src 5: imm is an index into the fd array given at load time. */
    public static final int MAP_IDX = 5;
    /** LD_IMM64 src 6: like MAP_IDX, with a value offset. */
    public static final int MAP_IDX_VALUE = 6;

    /** CALL src 0: imm is a helper id. */
    public static final int CALL_HELPER = 0;
    /** CALL src 1: imm is the relative offset of a bpf-to-bpf call target. */
    public static final int CALL_LOCAL = 1;
    /** CALL src 2: imm is the BTF id of a kernel function (kfunc). */
    public static final int CALL_KFUNC = 2;

    /** JCOND src 0: may_goto. */
    public static final int MAY_GOTO = 0;
}
