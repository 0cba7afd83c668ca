package org.bpfplay.engine.maps;

/**
 * Bob Jenkins' lookup3 hash in the variant Linux calls {@code jhash}: 12-byte blocks read as three
 * little-endian words, a final mix over the zero-padded tail, and the length plus the seed folded
 * into the start value. For keys whose length is a multiple of 4 it equals the kernel's
 * {@code jhash2}, so it is the hash of hash maps, the bloom filter and the stack map.
 *
 * The kernel seeds hash maps and bloom filters with a random number; bpfplay always uses seed 0 so
 * runs are repeatable. That is exactly what the kernel does when the map is created with
 * {@code BPF_F_ZERO_SEED}, which makes our bucket order checkable against the real kernel.
 */
public final class JHash {
    private static final int INITVAL = 0xdeadbeef;

    private JHash() {
    }

    /** The hash of {@code length} bytes of {@code data} from {@code offset} with the seed. */
    public static int hash(byte[] data, int offset, int length, int seed) {
        int a = INITVAL + length + seed;
        int b = a;
        int c = a;
        int p = offset;
        int left = length;
        while (left > 12) {
            a += word(data, p, 4);
            b += word(data, p + 4, 4);
            c += word(data, p + 8, 4);
            // mix(a, b, c)
            a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
            a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
            p += 12;
            left -= 12;
        }
        if (left == 0) {
            return c; // an empty tail skips the final mix
        }
        a += word(data, p, Math.min(left, 4));
        if (left > 4) {
            b += word(data, p + 4, Math.min(left - 4, 4));
        }
        if (left > 8) {
            c += word(data, p + 8, left - 8);
        }
        // final(a, b, c)
        c ^= b; c -= Integer.rotateLeft(b, 14);
        a ^= c; a -= Integer.rotateLeft(c, 11);
        b ^= a; b -= Integer.rotateLeft(a, 25);
        c ^= b; c -= Integer.rotateLeft(b, 16);
        a ^= c; a -= Integer.rotateLeft(c, 4);
        b ^= a; b -= Integer.rotateLeft(a, 14);
        c ^= b; c -= Integer.rotateLeft(b, 24);
        return c;
    }

    /** The hash of a whole array. */
    public static int hash(byte[] data, int seed) {
        return hash(data, 0, data.length, seed);
    }

    /** Up to four bytes as a little-endian word, missing high bytes zero. */
    private static int word(byte[] d, int p, int n) {
        int w = 0;
        for (int i = 0; i < n; i++) {
            w |= (d[p + i] & 0xff) << (8 * i);
        }
        return w;
    }
}
