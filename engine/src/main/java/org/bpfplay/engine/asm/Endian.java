package org.bpfplay.engine.asm;

import java.util.Locale;

/**
 * The byte-swap instructions ({@code r1 = be16 r1} ...): ALU|END with the source bit choosing
 * big (X) or little (K) endian, and ALU64|END for the unconditional bswap (v4). imm is the width.
 */
enum Endian {
    BE16(0xdc, 16), BE32(0xdc, 32), BE64(0xdc, 64),
    LE16(0xd4, 16), LE32(0xd4, 32), LE64(0xd4, 64),
    BSWAP16(0xd7, 16), BSWAP32(0xd7, 32), BSWAP64(0xd7, 64);

    final int opcode;
    final int bits;

    Endian(int opcode, int bits) {
        this.opcode = opcode;
        this.bits = bits;
    }

    /** The form named like {@code be16} or {@code bswap64}, or null. */
    static Endian byName(String word) {
        for (Endian e : values()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(word)) {
                return e;
            }
        }
        return null;
    }
}
