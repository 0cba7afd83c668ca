package org.bpfplay.engine.isa;

/**
 * A malformed encoding found while decoding raw bytes.
 *
 * @param slot    the instruction slot (pc) at fault
 * @param message what is wrong, in words a user understands
 */
public record DecodeError(int slot, String message) {
    @Override
    public String toString() {
        return "insn " + slot + ": " + message;
    }
}
