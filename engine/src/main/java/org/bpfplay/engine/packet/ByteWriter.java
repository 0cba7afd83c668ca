package org.bpfplay.engine.packet;

import java.util.Arrays;

/** Appends big-endian (network order) fields to a growing byte array. */
final class ByteWriter {
    private byte[] buf;
    private int len;

    ByteWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    ByteWriter u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    ByteWriter u16(int v) {
        return u8(v >> 8).u8(v);
    }

    ByteWriter u32(long v) {
        return u16((int) (v >>> 16)).u16((int) v);
    }

    ByteWriter bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    byte[] array() {
        return Arrays.copyOf(buf, len);
    }

    static void put16(byte[] b, int off, int v) {
        b[off] = (byte) (v >> 8);
        b[off + 1] = (byte) v;
    }
}
