package org.bpfplay.backend.run;

import java.util.List;
import java.util.regex.Pattern;

import org.bpfplay.engine.packet.PacketError;
import org.bpfplay.engine.packet.PacketResult;
import org.bpfplay.engine.packet.Packets;

/**
 * The input bytes of a run, from what the user typed: nothing (no input), bare hex
 * ({@code "01 02 0a"}, {@code "01:02"}), or anything the engine's packet builder reads
 * ({@code hex:...}, the one-line description {@code eth ipv4 udp(dport=53)}, the JSON form).
 *
 * @param bytes  the input bytes (empty when there are errors)
 * @param errors what is wrong, with the builder's locations ("column 5", "$.layers[0]")
 */
public record PacketInput(byte[] bytes, List<PacketError> errors) {
    /** Bare hex: only hex digit pairs, optionally separated by blanks, ':' or '-'. */
    private static final Pattern BARE_HEX = Pattern.compile("(?:[0-9a-fA-F]{2}[\\s:\\-]*)+");

    public PacketInput {
        bytes = bytes.clone();
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Reads a packet; {@code maxBytes} bounds the built packet. Never throws for user input. */
    public static PacketInput parse(String text, int maxBytes) {
        if (text == null || text.isBlank()) {
            return new PacketInput(new byte[0], List.of());
        }
        String s = text.strip();
        if (s.length() > maxBytes * 8 + 4096) {
            return failed("packet description is " + s.length() + " characters; the limit is about "
                    + (maxBytes * 8 + 4096) + " (bpfplay.limits.packet-bytes = " + maxBytes + " bytes)");
        }
        PacketResult built = Packets.build(BARE_HEX.matcher(s).matches() ? "hex:" + s : text);
        if (!built.ok()) {
            return new PacketInput(new byte[0], built.errors());
        }
        byte[] bytes = built.bytes();
        if (bytes.length > maxBytes) {
            return failed("packet is " + bytes.length + " bytes; the limit is " + maxBytes
                    + " bytes (bpfplay.limits.packet-bytes)");
        }
        return new PacketInput(bytes, List.of());
    }

    private static PacketInput failed(String message) {
        return new PacketInput(new byte[0], List.of(new PacketError("packet", message)));
    }
}
