package org.bpfplay.engine.packet;

/**
 * A problem with a packet description, a packet or a capture file.
 *
 * @param location where: "column 12" in a one-line description, a JSON path such as
 *                 "$.layers[2].dport", or "byte 34" in packet / file bytes
 * @param message  what is wrong, in words a beginner understands
 */
public record PacketError(String location, String message) {
    static PacketError atColumn(int column, String message) {
        return new PacketError("column " + column, message);
    }

    static PacketError atByte(long offset, String message) {
        return new PacketError("byte " + offset, message);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
