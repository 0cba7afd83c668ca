package org.bpfplay.engine.asm;

/**
 * Internal control flow of the parser: abandons the current statement (like jlox's ParseError).
 * It never leaves the assembler; {@link Parser} turns it into an {@link AsmError} and carries on
 * with the next statement.
 */
final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where the error is. */
    final Token at;
    /** True if the statement's shape is not an instruction we know (not a bad value in a known one). */
    final boolean unknownShape;

    SyntaxError(Token at, String message, boolean unknownShape) {
        super(message, null, false, false);
        this.at = at;
        this.unknownShape = unknownShape;
    }
}
