package org.bpfplay.engine.asm;

/** What a {@link Token} is. */
enum TokenKind {
    /** A name: register, keyword, label, directive ({@code .text}), helper. */
    IDENT,
    /** An integer literal (decimal, 0x hex, 0b binary, 0 octal, 'c' character). */
    NUMBER,
    /** A double-quoted string (only directives take them). */
    STRING,
    /** An operator or punctuation, including the signed operators {@code s>>=}, {@code s<}. */
    PUNCT,
    /** The end of a statement: a newline or {@code ;}. */
    END,
    /** Something the lexer could not read; {@link Token#problem()} says what. */
    BAD
}
