package org.bpfplay.engine.helpers;

/**
 * Internet checksum arithmetic as the kernel does it on x86-64 (include/net/checksum.h,
 * arch/x86 csum_partial/csum_fold), for csum_diff and the arithmetic core of l3/l4_csum_replace.
 *
 * Values are in the CPU's (little-endian) view of the bytes: a 16-bit checksum field is the u16
 * loaded from the packet, 32-bit words are u32 loads. One's-complement sums do not depend on the
 * byte order, so results stored back with the same view are exact.
 */
public final class Checksum {
    public static final long BPF_F_HDR_FIELD_MASK = 0xf;
    public static final long BPF_F_PSEUDO_HDR = 1 << 4;
    public static final long BPF_F_MARK_MANGLED_0 = 1 << 5;
    public static final long BPF_F_MARK_ENFORCE = 1 << 6;
    public static final long BPF_F_IPV6 = 1 << 7;
    /** CSUM_MANGLED_0: what a UDP checksum of 0 becomes. */
    public static final int CSUM_MANGLED_0 = 0xffff;

    private Checksum() {
    }

    /** csum_add: 32-bit one's-complement addition (end-around carry). */
    public static int add(int a, int b) {
        long s = (a & 0xffff_ffffL) + (b & 0xffff_ffffL);
        return (int) (s + (s >>> 32));
    }

    /** csum_sub. */
    public static int sub(int a, int b) {
        return add(a, ~b);
    }

    /** csum_fold: 32-bit partial sum to the final 16-bit checksum (complemented). */
    public static int fold(int sum) {
        long s = sum & 0xffff_ffffL;
        s = (s & 0xffff) + (s >>> 16);
        s = (s & 0xffff) + (s >>> 16);
        return (int) (~s & 0xffff);
    }

    /**
     * csum_partial as on x86-64: the one's-complement sum of the little-endian 32-bit words of the
     * buffer (a 1-3 byte tail is zero-padded), plus seed, folded to 32 bits with end-around carry.
     */
    public static int partial(byte[] data, int off, int len, int seed) {
        long sum = seed & 0xffff_ffffL;
        for (int i = 0; i < len; i += 4) {
            long w = 0;
            for (int k = Math.min(3, len - i - 1); k >= 0; k--) {
                w = w << 8 | (data[off + i + k] & 0xffL);
            }
            sum += w;
        }
        while ((sum >>> 32) != 0) {
            sum = (sum & 0xffff_ffffL) + (sum >>> 32);
        }
        return (int) sum;
    }

    /** csum_from32to16: fold a 32-bit partial sum to 16 bits (not complemented). */
    public static int from32to16(int sum) {
        long s = sum & 0xffff_ffffL;
        s = (s & 0xffff) + (s >>> 16);
        s = (s & 0xffff) + (s >>> 16);
        return (int) s;
    }

    /**
     * bpf_csum_diff as Linux 6.18 computes it (since 6.13 the result is folded to 16 bits on every
     * architecture and sizes need not be multiples of 4, as recorded in csum-kernel.txt):
     * with both buffers csum_sub(partial(to, seed), partial(from, 0)); with only to partial(to, seed);
     * with only from ~partial(from, ~seed); with neither the seed; then folded to 16 bits.
     * (Linux 6.12 returned the unfolded 32-bit csum_partial of the concatenation and -EINVAL for
     * sizes not multiple of 4 or above 512 bytes.)
     */
    public static long diff(byte[] from, byte[] to, int seed) {
        int fromSize = from == null ? 0 : from.length;
        int toSize = to == null ? 0 : to.length;
        int r;
        if (fromSize > 0 && toSize > 0) {
            r = sub(partial(to, 0, toSize, seed), partial(from, 0, fromSize, 0));
        } else if (toSize > 0) {
            r = partial(to, 0, toSize, seed);
        } else if (fromSize > 0) {
            r = ~partial(from, 0, fromSize, ~seed);
        } else {
            r = seed;
        }
        return from32to16(r);
    }

    /** csum_replace4: the new checksum field after a 32-bit word changed from {@code from} to {@code to}. */
    public static int replace4(int field, int from, int to) {
        int tmp = sub(~(field & 0xffff), from);
        return fold(add(tmp, to));
    }

    /** csum16_add: 16-bit one's-complement addition. */
    static int add16(int a, int b) {
        int r = (a + b) & 0xffff;
        return (r + (r < (b & 0xffff) ? 1 : 0)) & 0xffff;
    }

    /** csum_replace2 (RFC 1624: HC' = ~(~HC + ~m + m')), in 16-bit arithmetic as the kernel does it. */
    public static int replace2(int field, int from, int to) {
        return ~add16(add16(~field & 0xffff, ~from & 0xffff), to & 0xffff) & 0xffff;
    }

    /** csum_replace_by_diff: the new field after adding a checksum difference (e.g. from csum_diff). */
    public static int replaceByDiff(int field, int diff) {
        return fold(add(diff, ~(field & 0xffff)));
    }

    /**
     * The arithmetic of bpf_l3_csum_replace: the new checksum field, or a negative errno (-EINVAL for
     * bad flags or size). The caller reads the field at the offset and writes the result back.
     */
    public static long l3Replace(int field, long from, long to, long flags) {
        if ((flags & ~BPF_F_HDR_FIELD_MASK) != 0) {
            return -Bprintf.EINVAL;
        }
        switch ((int) (flags & BPF_F_HDR_FIELD_MASK)) {
            case 0:
                if (from != 0) {
                    return -Bprintf.EINVAL;
                }
                return replaceByDiff(field, (int) to);
            case 2:
                return replace2(field, (int) from, (int) to);
            case 4:
                return replace4(field, (int) from, (int) to);
            default:
                return -Bprintf.EINVAL;
        }
    }

    /**
     * The arithmetic of bpf_l4_csum_replace on the checksum field itself: the new field, or a
     * negative errno. BPF_F_MARK_MANGLED_0 leaves a zero field alone (unless BPF_F_MARK_ENFORCE) and
     * turns a result of zero into CSUM_MANGLED_0. BPF_F_PSEUDO_HDR only matters for skb->csum in
     * CHECKSUM_COMPLETE/PARTIAL modes; the simulated skb is CHECKSUM_NONE, where
     * inet_proto_csum_replace* reduce to csum_replace4 / csum_replace_by_diff. Offset checks (-EFAULT for odd or
     * too large offsets) are the caller's.
     */
    public static long l4Replace(int field, long from, long to, long flags) {
        long known = BPF_F_MARK_MANGLED_0 | BPF_F_MARK_ENFORCE | BPF_F_PSEUDO_HDR | BPF_F_HDR_FIELD_MASK | BPF_F_IPV6;
        if ((flags & ~known) != 0) {
            return -Bprintf.EINVAL;
        }
        boolean mmZero = (flags & BPF_F_MARK_MANGLED_0) != 0;
        if (mmZero && (flags & BPF_F_MARK_ENFORCE) == 0 && (field & 0xffff) == 0) {
            return field & 0xffff;
        }
        long r;
        switch ((int) (flags & BPF_F_HDR_FIELD_MASK)) {
            case 0:
                if (from != 0) {
                    return -Bprintf.EINVAL;
                }
                r = replaceByDiff(field, (int) to);
                break;
            case 2:
                // inet_proto_csum_replace2 widens to 32 bits and uses csum_replace4
                r = replace4(field, (int) from & 0xffff, (int) to & 0xffff);
                break;
            case 4:
                r = replace4(field, (int) from, (int) to);
                break;
            default:
                return -Bprintf.EINVAL;
        }
        return mmZero && r == 0 ? CSUM_MANGLED_0 : r;
    }
}
