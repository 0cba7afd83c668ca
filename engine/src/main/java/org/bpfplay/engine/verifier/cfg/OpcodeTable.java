/*
 * The opcodes the kernel accepts at all (core.c's instruction table, bpf_opcode_in_insntable):
 * anything else is "unknown opcode %02x" before any exploration.
 */
package org.bpfplay.engine.verifier.cfg;

/** Membership test for the kernel's opcode table. */
public final class OpcodeTable {
    private static final boolean[] VALID = build();

    private OpcodeTable() {
    }

    public static boolean isValid(int opcode) {
        return VALID[opcode & 0xff];
    }

    private static boolean[] build() {
        boolean[] v = new boolean[256];
        int[] aluOps = {0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x90, 0xa0, 0xb0, 0xc0};
        for (int cls : new int[] {0x04, 0x07}) {
            for (int op : aluOps) {
                v[cls | op] = true;
                v[cls | op | 0x08] = true;
            }
            v[cls | 0x80] = true; // neg, K only
        }
        v[0xd4] = true; // le
        v[0xdc] = true; // be
        v[0xd7] = true; // bswap (ALU64, K)
        int[] jmpOps = {0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0xa0, 0xb0, 0xc0, 0xd0};
        for (int cls : new int[] {0x05, 0x06}) {
            for (int op : jmpOps) {
                v[cls | op] = true;
                v[cls | op | 0x08] = true;
            }
        }
        v[0x05] = true; // ja
        v[0x06] = true; // gotol
        v[0x85] = true; // call
        v[0x95] = true; // exit
        v[0xe5] = true; // may_goto
        v[0x18] = true; // ld_imm64
        for (int size : new int[] {0x00, 0x08, 0x10}) {
            v[0x20 | size] = true; // ld_abs
            v[0x40 | size] = true; // ld_ind
            v[0x81 | size] = true; // ldx memsx
        }
        for (int size : new int[] {0x00, 0x08, 0x10, 0x18}) {
            v[0x61 | size] = true; // ldx
            v[0x62 | size] = true; // st
            v[0x63 | size] = true; // stx
            v[0xc3 | size] = true; // atomic (all sizes in 6.18: load-acquire/store-release on b/h)
        }
        return v;
    }
}
