package org.bpfplay.engine.runtime;

import java.util.HexFormat;

import org.bpfplay.engine.text.HexText;

/** One {@code --init NAME:KEYHEX=VALUEHEX}: an entry written into a map before the run. */
public record MapInit(String map, byte[] key, byte[] value) {

    /** Parses {@code NAME:KEYHEX=VALUEHEX}; throws IllegalArgumentException naming the bad part. */
    public static MapInit parse(String text) {
        int colon = text.indexOf(':');
        int eq = text.indexOf('=', colon + 1);
        if (colon <= 0 || eq < 0) {
            throw new IllegalArgumentException("init '" + text + "': expected NAME:KEYHEX=VALUEHEX");
        }
        return new MapInit(text.substring(0, colon), hex(text, "key", text.substring(colon + 1, eq)),
                hex(text, "value", text.substring(eq + 1)));
    }

    static byte[] hex(String text, String what, String s) {
        HexText.Parsed hex = HexText.parse(s);
        if (!hex.ok()) {
            throw new IllegalArgumentException("init '" + text + "': " + what + " '" + s + "' is not hex bytes: "
                    + hex.describe());
        }
        return hex.bytes();
    }

    @Override
    public String toString() {
        return map + ":" + HexFormat.of().formatHex(key) + "=" + HexFormat.of().formatHex(value);
    }
}
