package org.bpfplay.engine.verifier.state;

/** What one stack byte holds, with the character the log prints for it. */
public enum SlotType {
    INVALID('?'), SPILL('r'), MISC('m'), ZERO('0');

    public final char logChar;

    SlotType(char logChar) {
        this.logChar = logChar;
    }
}
