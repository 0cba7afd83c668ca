package org.bpfplay.engine.asm;

/**
 * A register operand as written: {@code rN} (64-bit) or {@code wN} (its lower 32 bits).
 *
 * @param number 0..10
 * @param alu32  true for the {@code w} spelling
 * @param at     the token, for error positions
 */
record Reg(int number, boolean alu32, Token at) {
    String name() {
        return (alu32 ? "w" : "r") + number;
    }
}
