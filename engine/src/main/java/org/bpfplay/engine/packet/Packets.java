package org.bpfplay.engine.packet;

import java.util.List;

import org.bpfplay.engine.text.HexText;

/**
 * Entry point: builds a packet from any of the accepted descriptions, and dissects one.
 * <ul>
 *   <li>{@code hex:00 11 22:33...} - raw bytes (whitespace, ':' and '-' between bytes allowed)</li>
 *   <li>{@code {"layers": [...]}} or {@code [...]} - the JSON form ({@link PacketJson})</li>
 *   <li>anything else - the one-line syntax ({@link PacketText})</li>
 * </ul>
 */
public final class Packets {
    private Packets() {
    }

    /** Parses a layer description (JSON or one-line); raw hex has no layers and is refused here. */
    public static PacketText.Parsed parse(String description) {
        String s = description.strip();
        if (s.startsWith("{") || s.startsWith("[")) {
            return PacketJson.parse(description);
        }
        return PacketText.parse(description);
    }

    public static PacketResult build(String description) {
        String s = description.strip();
        if (s.regionMatches(true, 0, "hex:", 0, 4)) {
            int col = description.indexOf(':') + 2;
            HexText.Parsed hex = HexText.parse(s.substring(4));
            if (!hex.ok()) {
                int at = hex.line() > 1 ? col : col + hex.column() - 1;
                return PacketResult.failed(List.of(PacketError.atColumn(at, "bad raw packet hex: " + hex.problem())));
            }
            byte[] bytes = hex.bytes();
            if (bytes.length == 0) {
                return PacketResult.failed(List.of(PacketError.atColumn(col, "empty raw packet")));
            }
            return new PacketResult(bytes, List.of());
        }
        PacketText.Parsed parsed = parse(description);
        if (!parsed.ok()) {
            return PacketResult.failed(parsed.errors());
        }
        return PacketBuilder.build(parsed.layers());
    }

    public static Dissection dissect(byte[] packet) {
        return Dissector.dissect(packet);
    }
}
