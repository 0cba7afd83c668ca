package org.bpfplay.engine.maps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

/** Small helpers for the map tests. */
final class MapTestSupport {
    private MapTestSupport() {
    }

    static BpfMap create(String spec, int cpus) {
        MapCreateResult r = BpfMaps.create(MapSpec.parse(spec), cpus);
        assertTrue(r.ok(), r.toString());
        return r.map();
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    static String hex(byte[] b) {
        return b == null ? null : HexFormat.of().formatHex(b);
    }

    static byte[] u32(int v) {
        return MapBase.le32(v);
    }

    static byte[] u64(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }
}
