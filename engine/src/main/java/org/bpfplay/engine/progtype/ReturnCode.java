package org.bpfplay.engine.progtype;

/** A named return value of a program type, e.g. {@code XDP_PASS = 2}. */
public record ReturnCode(long value, String name, String meaning) {
    @Override
    public String toString() {
        return name + " (" + value + ")";
    }
}
