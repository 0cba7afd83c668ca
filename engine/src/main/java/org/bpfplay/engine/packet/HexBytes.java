package org.bpfplay.engine.packet;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/** Hex text to bytes and back; input may contain whitespace and ':' '-' '.' separators between bytes. */
public final class HexBytes {
    private HexBytes() {
    }

    /** Parses hex digits; empty when a character is not hex or the digit count is odd. */
    public static Optional<byte[]> parse(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int high = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ':' || c == '-' || c == '.' || c == '_') {
                if (high >= 0) {
                    return Optional.empty(); // a separator inside a byte: "0 1" is ambiguous
                }
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0) {
                return Optional.empty();
            }
            if (high < 0) {
                high = d;
            } else {
                out.write(high << 4 | d);
                high = -1;
            }
        }
        return high >= 0 ? Optional.empty() : Optional.of(out.toByteArray());
    }

    /** Explains why {@link #parse} failed, or null when it succeeds. */
    static String problem(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ':' || c == '-' || c == '.' || c == '_') {
                if (digits % 2 != 0) {
                    return "separator inside a byte at hex character " + (i + 1) + " (write two digits per byte)";
                }
                continue;
            }
            if (Character.digit(c, 16) < 0) {
                return "'" + c + "' is not a hex digit";
            }
            digits++;
        }
        return digits % 2 != 0 ? "odd number of hex digits (" + digits + ")" : null;
    }

    public static String format(byte[] bytes) {
        return format(bytes, 0, bytes.length);
    }

    public static String format(byte[] bytes, int from, int to) {
        StringBuilder sb = new StringBuilder((to - from) * 2);
        for (int i = from; i < to; i++) {
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
        }
        return sb.toString();
    }
}
