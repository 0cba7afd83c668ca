package org.bpfplay.engine.packet;

import java.util.List;

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
            String problem = HexBytes.problem(s.substring(4));
            if (problem != null) {
                return PacketResult.failed(List.of(PacketError.atColumn(col, "bad raw packet hex: " + problem)));
            }
            byte[] bytes = HexBytes.parse(s.substring(4)).orElseThrow();
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
