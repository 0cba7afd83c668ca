package org.bpfplay.engine.asm;

/**
 * An assembly error at a source position.
 *
 * @param line    1-based line
 * @param column  1-based column
 * @param message what is wrong, in words a beginner understands
 */
public record AsmError(int line, int column, String message) {
    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
