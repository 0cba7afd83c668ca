package org.bpfplay.engine.packet;

import java.util.List;

/**
 * Writes a classic libpcap file: little-endian, microsecond timestamps, version 2.4. Packet i gets
 * the timestamp i seconds, so files are reproducible.
 */
public final class PcapWriter {
    static final int SNAPLEN = 262144;

    private PcapWriter() {
    }

    public static byte[] write(List<byte[]> packets, LinkType link) {
        int size = 24;
        for (byte[] p : packets) {
            size += 16 + p.length;
        }
        byte[] out = new byte[size];
        int o = 0;
        o = le32(out, o, 0xa1b2c3d4L);
        out[o] = 2;
        out[o + 2] = 4;
        o += 4;
        o += 8; // thiszone and sigfigs: zero
        o = le32(out, o, SNAPLEN);
        o = le32(out, o, link.number());
        for (int i = 0; i < packets.size(); i++) {
            byte[] p = packets.get(i);
            o = le32(out, o, i);
            o = le32(out, o, 0);
            o = le32(out, o, p.length);
            o = le32(out, o, p.length);
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }

    private static int le32(byte[] b, int o, long v) {
        for (int i = 0; i < 4; i++) {
            b[o + i] = (byte) (v >>> (8 * i));
        }
        return o + 4;
    }
}
