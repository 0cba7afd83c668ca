package org.bpfplay.engine.conformance;

import java.io.ByteArrayOutputStream;

/**
 * The base16 text the bpf_conformance runner sends: each byte as two hex digits followed by two
 * spaces ({@code "b7  00  00  "}). Tokens are split on white space and empty ones skipped; a token
 * of one or two digits is one byte, a longer even-length token is read as consecutive bytes (so
 * {@code --program b700000000000000} also works).
 */
final class Base16 {
    private Base16() {
    }

    /** Decoded bytes, or why the text is not base16 (then {@code bytes} is null). */
    record Decoded(byte[] bytes, String error) {
    }

    static Decoded decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int index = 0;
        for (String token : text.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            index++;
            String digits = token.startsWith("0x") || token.startsWith("0X") ? token.substring(2) : token;
            if (digits.isEmpty() || (digits.length() > 2 && digits.length() % 2 != 0)) {
                return new Decoded(null, "token " + index + " '" + token + "' is not a byte in hex");
            }
            for (int i = 0; i < digits.length(); i += 2) {
                String pair = digits.substring(i, Math.min(i + 2, digits.length()));
                int hi = pair.length() == 2 ? Character.digit(pair.charAt(0), 16) : 0;
                int lo = Character.digit(pair.charAt(pair.length() - 1), 16);
                if (hi < 0 || lo < 0 || pair.chars().anyMatch(c -> c > 0x7f)) {
                    return new Decoded(null, "token " + index + " '" + token + "' is not a byte in hex");
                }
                out.write(hi * 16 + lo);
            }
        }
        return new Decoded(out.toByteArray(), null);
    }
}
