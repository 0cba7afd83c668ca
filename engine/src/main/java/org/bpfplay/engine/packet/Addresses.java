package org.bpfplay.engine.packet;

import java.util.Optional;

import org.bpfplay.engine.text.HexText;

/**
 * MAC, IPv4 and IPv6 addresses: parsing (empty when malformed) and canonical text (IPv6 in the
 * RFC 5952 form: lowercase, longest run of two or more zero groups written "::").
 */
public final class Addresses {
    private Addresses() {
    }

    /** Six hex bytes separated by ':' or '-' ("02:00:00:00:00:01"). */
    public static Optional<byte[]> parseMac(String s) {
        String[] parts = s.split("[:-]", -1);
        if (parts.length != 6) {
            return Optional.empty();
        }
        byte[] out = new byte[6];
        for (int i = 0; i < 6; i++) {
            int v = hexGroup(parts[i], 2);
            if (v < 0) {
                return Optional.empty();
            }
            out[i] = (byte) v;
        }
        return Optional.of(out);
    }

    /** Dotted quad, each part 0..255 in decimal without leading zeros beyond "0". */
    public static Optional<byte[]> parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return Optional.empty();
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (c < '0' || c > '9') {
                    return Optional.empty();
                }
                v = v * 10 + (c - '0');
            }
            if (v > 255) {
                return Optional.empty();
            }
            out[i] = (byte) v;
        }
        return Optional.of(out);
    }

    /** RFC 4291 text: eight groups, "::" once for zero groups, optional dotted IPv4 tail. */
    public static Optional<byte[]> parseIpv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        int[] head = gap >= 0 ? groups(s.substring(0, gap), true) : groups(s, false);
        int[] tail = gap >= 0 ? groups(s.substring(gap + 2), false) : new int[0];
        if (head == null || tail == null) {
            return Optional.empty();
        }
        int n = head.length + tail.length;
        if (gap < 0 ? n != 8 : n > 7) {
            return Optional.empty();
        }
        byte[] out = new byte[16];
        for (int i = 0; i < head.length; i++) {
            out[2 * i] = (byte) (head[i] >> 8);
            out[2 * i + 1] = (byte) head[i];
        }
        for (int i = 0; i < tail.length; i++) {
            int g = 8 - tail.length + i;
            out[2 * g] = (byte) (tail[i] >> 8);
            out[2 * g + 1] = (byte) tail[i];
        }
        return Optional.of(out);
    }

    /** Parses colon-separated groups; the last may be dotted IPv4 (two groups) unless before "::". */
    private static int[] groups(String s, boolean beforeGap) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int extra = 0;
        String last = parts[parts.length - 1];
        byte[] v4 = null;
        if (!beforeGap && last.contains(".")) {
            v4 = parseIpv4(last).orElse(null);
            if (v4 == null) {
                return null;
            }
            extra = 1;
        }
        int[] out = new int[parts.length + extra];
        int hexParts = v4 == null ? parts.length : parts.length - 1;
        for (int i = 0; i < hexParts; i++) {
            int v = hexGroup(parts[i], 4);
            if (v < 0) {
                return null;
            }
            out[i] = v;
        }
        if (v4 != null) {
            out[hexParts] = (v4[0] & 0xff) << 8 | (v4[1] & 0xff);
            out[hexParts + 1] = (v4[2] & 0xff) << 8 | (v4[3] & 0xff);
        }
        return out;
    }

    private static int hexGroup(String p, int maxDigits) {
        if (p.isEmpty() || p.length() > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < p.length(); i++) {
            int d = Character.digit(p.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    public static String formatMac(byte[] b, int off) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append(i == 0 ? "" : ":").append(HexText.format(b, off + i, off + i + 1));
        }
        return sb.toString();
    }

    public static String formatIpv4(byte[] b, int off) {
        return (b[off] & 0xff) + "." + (b[off + 1] & 0xff) + "." + (b[off + 2] & 0xff) + "." + (b[off + 3] & 0xff);
    }

    public static String formatIpv6(byte[] b, int off) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = (b[off + 2 * i] & 0xff) << 8 | (b[off + 2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1; // a single zero group is not compressed
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
