package org.bpfplay.engine.packet;

import java.util.Arrays;
import java.util.List;

import org.bpfplay.engine.text.HexText;

/**
 * The bytes built from a description, or the errors that prevented it (then {@code bytes} is empty).
 */
public record PacketResult(byte[] bytes, List<PacketError> errors) {
    public PacketResult {
        bytes = bytes.clone();
        errors = List.copyOf(errors);
    }

    static PacketResult failed(List<PacketError> errors) {
        return new PacketResult(new byte[0], errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PacketResult r && Arrays.equals(bytes, r.bytes) && errors.equals(r.errors);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + errors.hashCode();
    }

    @Override
    public String toString() {
        return ok() ? "hex:" + HexText.format(bytes) : errors.toString();
    }
}
