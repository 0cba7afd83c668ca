package org.bpfplay.engine.asm;

/**
 * One lexical token with its source position.
 *
 * @param kind    what it is
 * @param text    the source text (for END, a newline or ";")
 * @param line    1-based line
 * @param column  1-based column
 * @param value   for NUMBER, the 64-bit pattern of the (non-negative) literal
 * @param problem for BAD, what is wrong; otherwise null
 */
record Token(TokenKind kind, String text, int line, int column, long value, String problem) {

    boolean is(String punctOrWord) {
        return (kind == TokenKind.PUNCT || kind == TokenKind.IDENT) && text.equals(punctOrWord);
    }

    /** Case-insensitive keyword test, as llvm-mc matches mnemonics and registers. */
    boolean isWord(String word) {
        return kind == TokenKind.IDENT && text.equalsIgnoreCase(word);
    }

    /** How the token reads in an error message. */
    String describe() {
        switch (kind) {
            case END:
                return "the end of the line";
            case STRING:
                return "a string";
            default:
                return "'" + text + "'";
        }
    }
}
