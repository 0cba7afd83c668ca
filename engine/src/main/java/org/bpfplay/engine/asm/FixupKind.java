package org.bpfplay.engine.asm;

/** How a name in an instruction is filled in once every label and map is known. */
enum FixupKind {
    /** A label as the 16-bit offset of a jump: goto, if ... goto, may_goto. */
    JUMP,
    /** A label as the 32-bit offset in imm of gotol. */
    JUMP_LONG,
    /** {@code call NAME}: a label (bpf-to-bpf call, src 1) or else a helper name (src 0). */
    CALL,
    /** {@code rN = NAME ll}: a map (src MAP_FD, imm = map index) or a label (src FUNC). */
    LOAD_ADDRESS
}
