package org.bpfplay.engine.asm;

/**
 * A name an instruction refers to, resolved after the whole source is read.
 *
 * @param kind what the name fills in
 * @param name the name as written
 * @param at   the name's token, for error positions
 * @param form how the instruction reads ("goto", "if r1 > r2 goto" ...), for error hints
 */
record Fixup(FixupKind kind, String name, Token at, String form) {
}
