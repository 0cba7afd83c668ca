package org.bpfplay.engine.runtime;

import java.util.List;

import org.bpfplay.engine.helpers.HelperId;
import org.bpfplay.engine.interp.HelperCall;
import org.bpfplay.engine.interp.HelperRegistry;
import org.bpfplay.engine.progtype.PacketModel;

/*
 * Helpers that act on the run's packet: skb_load_bytes / skb_store_bytes on the skb (offsets from
 * skb->data), bpf_redirect (recorded as an event, returning TC_ACT_REDIRECT / XDP_REDIRECT or the
 * refusal for bad flags), and the xdp_adjust_head/meta/tail family. Return codes follow net/core/filter.c.
 */
final class PacketHelpers {
    private static final long EFAULT = -14;
    private static final long EINVAL = -22;

    private PacketHelpers() {
    }

    static void install(HelperRegistry r, PacketContext packet, List<String> events) {
        if (packet instanceof SkbContext skb) {
            MapHelpers.reg(r, HelperId.SKB_LOAD_BYTES, c -> loadBytes(c, skb));
            if (skb.type.packet == PacketModel.SKB_L2) {
                MapHelpers.reg(r, HelperId.SKB_STORE_BYTES, c -> storeBytes(c, skb));
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
