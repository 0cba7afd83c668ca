package org.bpfplay.engine.runtime;

import java.util.List;

import org.bpfplay.engine.helpers.Checksum;
import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.interp.HelperCall;
import org.bpfplay.engine.interp.HelperRegistry;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.progtype.PacketModel;

/*
 * Helpers that act on the run's packet: skb_load_bytes / skb_store_bytes on the skb (offsets from
 * skb->data), l3/l4_csum_replace (tc), bpf_redirect (recorded as an event, returning TC_ACT_REDIRECT / XDP_REDIRECT or the
 * refusal for bad flags), skb_change_proto (tc), and the xdp_adjust_head/meta/tail family. Return codes follow net/core/filter.c.
 */
final class PacketHelpers {
    private static final long EFAULT = Errno.EFAULT.neg();
    private static final long EINVAL = Errno.EINVAL.neg();

    private PacketHelpers() {
    }

    static void install(HelperRegistry r, PacketContext packet, List<String> events) {
        if (packet instanceof SkbContext skb) {
            MapHelpers.reg(r, HelperId.SKB_LOAD_BYTES, c -> loadBytes(c, skb));
            if (skb.type.packet == PacketModel.SKB_L2) {
                MapHelpers.reg(r, HelperId.SKB_STORE_BYTES, c -> storeBytes(c, skb));
                MapHelpers.reg(r, HelperId.L3_CSUM_REPLACE, c -> replaceChecksum(c, skb, false));
                MapHelpers.reg(r, HelperId.L4_CSUM_REPLACE, c -> replaceChecksum(c, skb, true));
                MapHelpers.reg(r, HelperId.SKB_CHANGE_PROTO, c -> skb.changeProto(c.arg(2), c.arg(3)));
            }
            MapHelpers.reg(r, HelperId.REDIRECT, c -> {
                long flags = c.arg(2);
                if ((flags & ~1L) != 0) {
                    return 2; // TC_ACT_SHOT
                }
                events.add("redirect ifindex " + (c.arg(1) & 0xffffffffL) + ((flags & 1) != 0 ? " ingress" : " egress"));
                return 7; // TC_ACT_REDIRECT
            });
        } else if (packet instanceof XdpContext xdp) {
            MapHelpers.reg(r, HelperId.XDP_ADJUST_HEAD, c -> xdp.adjustHead((int) c.arg(2)));
            MapHelpers.reg(r, HelperId.XDP_ADJUST_META, c -> xdp.adjustMeta((int) c.arg(2)));
            MapHelpers.reg(r, HelperId.XDP_ADJUST_TAIL, c -> xdp.adjustTail((int) c.arg(2)));
            MapHelpers.reg(r, HelperId.REDIRECT, c -> {
                if (c.arg(2) != 0) {
                    return 0; // XDP_ABORTED
                }
                events.add("redirect ifindex " + (c.arg(1) & 0xffffffffL));
                return 4; // XDP_REDIRECT
            });
        }
    }

    /** bpf_skb_load_bytes(skb, offset, to, len): 0, or -EFAULT with {@code to} zeroed. */
    private static long loadBytes(HelperCall c, SkbContext skb) {
        long off = c.arg(2) & 0xffffffffL;
        int len = (int) c.arg(4);
        if (len < 0) {
            c.fail("negative length " + len);
            return 0;
        }
        byte[] out = new byte[len];
        long rc = EFAULT;
        if (off <= Integer.MAX_VALUE && off + len <= skb.length()) {
            System.arraycopy(skb.frame, skb.dataStart + (int) off, out, 0, len);
            rc = 0;
        }
        return c.writeBytes(c.arg(3), out) ? rc : 0;
    }

    /**
     * bpf_l3_csum_replace / bpf_l4_csum_replace(skb, offset, from, to, flags): patches the 16-bit
     * checksum at offset (read and written in memory order, as the kernel's __sum16 pointer does)
     * with {@link Checksum}'s arithmetic; -EFAULT for an odd, too large or out-of-packet offset.
     */
    private static long replaceChecksum(HelperCall c, SkbContext skb, boolean l4) {
        long off = c.arg(2) & 0xffffffffL;
        if (off > 0xffff || (off & 1) != 0 || off + 2 > skb.length()) {
            return EFAULT;
        }
        int at = skb.dataStart + (int) off;
        int field = (skb.frame[at] & 0xff) | (skb.frame[at + 1] & 0xff) << 8;
        long r = l4 ? Checksum.l4Replace(field, c.arg(3), c.arg(4), c.arg(5))
                : Checksum.l3Replace(field, c.arg(3), c.arg(4), c.arg(5));
        if (r < 0) {
            return r;
        }
        skb.frame[at] = (byte) r;
        skb.frame[at + 1] = (byte) (r >> 8);
        return 0;
    }

    /** bpf_skb_store_bytes(skb, offset, from, len, flags): 0, -EINVAL (flags) or -EFAULT (range). */
    private static long storeBytes(HelperCall c, SkbContext skb) {
        long off = c.arg(2) & 0xffffffffL;
        int len = (int) c.arg(4);
        if ((c.arg(5) & ~3L) != 0) {
            return EINVAL;
        }
        byte[] from = c.readBytes(c.arg(3), Math.max(len, 0));
        if (from == null) {
            return 0;
        }
        if (off > Integer.MAX_VALUE || off + len > skb.length()) {
            return EFAULT;
        }
        System.arraycopy(from, 0, skb.frame, skb.dataStart + (int) off, len);
        return 0;
    }
}
