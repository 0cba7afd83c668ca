package org.bpfplay.engine.text;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Hex text to bytes and back. Bytes are pairs of hex digits; between bytes (never inside one) there
 * may be blanks, newlines, {@code : - . _ ,} separators and a {@code 0x} prefix, so the forms people
 * paste (xxd, Wireshark, C arrays, kernel-oracle .hex files) all read. In a file, {@code #} starts a
 * comment to the end of the line. A problem is reported with its line and column, not thrown.
 */
public final class HexText {
    private HexText() {
    }

    /** Bytes read, or the first problem and where it is (1-based line and column). */
    public record Parsed(byte[] bytes, String problem, int line, int column) {
        public boolean ok() {
            return problem == null;
        }

        /** {@code problem (line L, column C)}, or the column alone on a one-line text. */
        public String describe() {
            return problem + (line > 1 ? " (line " + line + ", column " + column + ")" : " (column " + column + ")");
        }
    }

    /** Reads hex bytes from one value (a packet, a key, a request field); {@code #} is not a comment. */
    public static Parsed parse(String text) {
        return read(text, false);
    }

    /** Reads a hex file: as {@link #parse}, and {@code #} starts a comment to the end of the line. */
    public static Parsed parseFile(String text) {
        return read(text, true);
    }

    /** The bytes of {@link #parse}, empty when the text is not hex bytes. */
    public static Optional<byte[]> bytes(String text) {
        Parsed p = parse(text);
        return p.ok() ? Optional.of(p.bytes()) : Optional.empty();
    }

    private static Parsed read(String text, boolean comments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int high = -1;
        int line = 1;
        int lineStart = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int column = i - lineStart + 1;
            if (comments && c == '#') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            boolean prefix = high < 0 && c == '0' && i + 1 < text.length() && (text.charAt(i + 1) | 0x20) == 'x';
            if (Character.isWhitespace(c) || isSeparator(c) || prefix) {
                if (high >= 0) {
                    return failed("separator inside a byte (write two digits per byte)", line, column);
                }
                if (prefix) {
                    i++;
                } else if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
                continue;
            }
            int d = c < 0x80 ? Character.digit(c, 16) : -1;
            if (d < 0) {
                return failed("'" + c + "' is not a hex digit", line, column);
            }
            digits++;
            if (high < 0) {
                high = d;
            } else {
                out.write(high << 4 | d);
                high = -1;
            }
        }
        if (high >= 0) {
            return failed("odd number of hex digits (" + digits + "): the last byte is incomplete", line,
                    text.length() - lineStart + 1);
        }
        return new Parsed(out.toByteArray(), null, 0, 0);
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == '-' || c == '.' || c == '_' || c == ',';
    }

    private static Parsed failed(String problem, int line, int column) {
        return new Parsed(null, problem, line, column);
    }

    /** Lower-case hex digits, two per byte, nothing between. */
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
