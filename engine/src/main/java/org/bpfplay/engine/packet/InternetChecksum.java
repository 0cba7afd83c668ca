package org.bpfplay.engine.packet;

/**
 * The Internet checksum (RFC 1071): the ones' complement of the ones' complement sum of 16-bit
 * big-endian words, an odd last byte padded with zero. Used by IPv4, ICMP, and - over a
 * pseudo-header - TCP, UDP and ICMPv6.
 */
public final class InternetChecksum {
    private long sum;

    /** Adds bytes; every call must start on an even offset of the checksummed data except the last. */
    public InternetChecksum add(byte[] data, int from, int length) {
        int i = from;
        int end = from + length;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        }
        if (i < end) {
            sum += (data[i] & 0xff) << 8;
        }
        return this;
    }

    public InternetChecksum add(byte[] data) {
        return add(data, 0, data.length);
    }

    /** Adds a 16-bit word. */
    public InternetChecksum add16(int word) {
        sum += word & 0xffff;
        return this;
    }

    /** Adds a 32-bit value as two words. */
    public InternetChecksum add32(long value) {
        return add16((int) (value >>> 16)).add16((int) value);
    }

    /** The checksum to store in the header (complemented, folded to 16 bits). */
    public int value() {
        long s = sum;
        while ((s >>> 16) != 0) {
            s = (s & 0xffff) + (s >>> 16);
        }
        return (int) (~s & 0xffff);
    }
}
