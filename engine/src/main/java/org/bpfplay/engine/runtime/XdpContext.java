package org.bpfplay.engine.runtime;

import java.util.List;

import org.bpfplay.engine.interp.ExternalState;
import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RegionKind;
import org.bpfplay.engine.interp.VirtualField;

/*
 * An xdp_buff as BPF_PROG_TEST_RUN builds it: a 4096-byte page with XDP_PACKET_HEADROOM (256) in front,
 * the optional metadata (ctx_in.data bytes of the input, a multiple of 4, at most 32) just before the
 * frame, the linear part up to ctx_in.data_end (default all) but at most page - headroom - 320 bytes
 * of skb_shared_info, and the rest of the input as a fragment the program cannot reach directly.
 * data_out is everything from data_meta to data_end plus the fragment.
 *
 * The packet region is a window of the page from data_meta to data_end; bpf_xdp_adjust_head/meta/tail
 * move the window, which adds a new region (old packet pointers then point at the stale window, which the
 * kernel's verifier forbids using anyway). The positions are external state so the debugger can rewind.
 */
final class XdpContext implements PacketContext, ExternalState {
    static final int PAGE = 4096;
    static final int HEADROOM = 256;
    static final int TAILROOM = 320;
    static final int CTX_SIZE = 24;
    /** sizeof(struct xdp_frame) on x86-64: the start of the page the program may not move data_meta into. */
    static final int FRAME_END = 40;

    private final Memory memory;
    final byte[] page = new byte[PAGE];
    final byte[] frag;
    private final Region ctx;
    private final long ctxAddress;
    int meta;
    int data;
    int end;
    int packetRegion;

    private XdpContext(Memory memory, byte[] frag, Region ctx, long ctxAddress) {
        this.memory = memory;
        this.frag = frag;
        this.ctx = ctx;
        this.ctxAddress = ctxAddress;
    }

    /** The xdp_buff, or the error test_run would give. */
    static Object build(byte[] input, byte[] ctxIn, Memory memory) {
        int n = input.length;
        int metaLen = 0;
        int linear = n;
        long ingress = 0;
        long queue = 0;
        if (ctxIn != null) {
            for (int i = CTX_SIZE; i < ctxIn.length; i++) {
                if (ctxIn[i] != 0) {
                    return new RunError("Argument list too long", "ctx byte " + i + " past the 24-byte xdp_md is not zero");
                }
            }
            byte[] c = new byte[CTX_SIZE];
            System.arraycopy(ctxIn, 0, c, 0, Math.min(CTX_SIZE, ctxIn.length));
            long cData = SkbContext.u32(c, 0);
            long cEnd = SkbContext.u32(c, 4);
            if (SkbContext.u32(c, 8) != 0 || cEnd > n || cData > cEnd) {
                return RunError.einval("ctx_in: data_meta must be 0 and data <= data_end <= packet length (" + n + ")");
            }
            if ((cData & 3) != 0 || cData > 32) {
                return RunError.einval("ctx_in: metadata length " + cData + " must be a multiple of 4 and at most 32");
            }
            metaLen = (int) cData;
            linear = (int) cEnd;
            ingress = SkbContext.u32(c, 12);
            queue = SkbContext.u32(c, 16);
            if (SkbContext.u32(c, 20) != 0) {
                return RunError.einval("ctx_in: egress_ifindex must be 0");
            }
        }
        int headroom = HEADROOM - metaLen;
        linear = Math.min(linear, PAGE - headroom - TAILROOM);
        if (n - metaLen < SkbContext.ETH_HLEN || linear < SkbContext.ETH_HLEN) {
            return RunError.einval("the packet has " + (n - metaLen) + " bytes (linear " + linear
                    + "); xdp needs at least the 14-byte Ethernet header");
        }
        if (ingress == 0 && queue != 0) {
            return RunError.einval("ctx_in: rx_queue_index without ingress_ifindex");
        }
        if (ingress > 1) {
            return new RunError("No such device", "ctx_in ingress_ifindex " + ingress + ": only lo (1) exists in bpfplay");
        }
        if (ingress == 1 && queue >= 1) {
            return RunError.einval("ctx_in: lo has one rx queue; rx_queue_index " + queue + " does not exist");
        }
        byte[] c = new byte[CTX_SIZE];
        SkbContext.put32(c, 12, 1);
        Region ctx = new Region("xdp_md", RegionKind.CONTEXT, c, 0, CTX_SIZE, false, List.of(
                new VirtualField("data", 0, 4), new VirtualField("data_end", 4, 4), new VirtualField("data_meta", 8, 4)));
        long ctxAddress = Memory.address(memory.add(ctx));
        byte[] frag = new byte[n - linear];
        System.arraycopy(input, linear, frag, 0, frag.length);
        XdpContext x = new XdpContext(memory, frag, ctx, ctxAddress);
        x.meta = headroom;
        System.arraycopy(input, 0, x.page, headroom, linear);
        x.data = headroom + metaLen;
        x.end = headroom + linear;
        x.remap();
        return x;
    }

    /** A new packet region for the current window, and the ctx pointers into it. */
    private void remap() {
        packetRegion = memory.add(new Region("packet", RegionKind.PACKET, page, meta, end - meta, true, List.of()));
        ctx.setVirtual("data_meta", Memory.address(packetRegion, 0));
        ctx.setVirtual("data", Memory.address(packetRegion, data - meta));
        ctx.setVirtual("data_end", Memory.address(packetRegion, end - meta));
    }

    /** bpf_xdp_adjust_head: 0 or -EINVAL. The metadata moves with data. */
    long adjustHead(int delta) {
        int metaLen = data - meta;
        int newData = data + delta;
        if (newData > end - SkbContext.ETH_HLEN || newData < FRAME_END + metaLen) {
            return -22;
        }
        if (metaLen > 0) {
            System.arraycopy(page, meta, page, meta + delta, metaLen);
        }
        meta += delta;
        data = newData;
        remap();
        return 0;
    }

    /** bpf_xdp_adjust_meta: 0, -EINVAL (out of the headroom/past data) or -EACCES (bad length). */
    long adjustMeta(int delta) {
        int newMeta = meta + delta;
        if (newMeta < FRAME_END || newMeta > data) {
            return -22;
        }
        int len = data - newMeta;
        if ((len & 3) != 0 || len > 32) {
            return -13;
        }
        meta = newMeta;
        remap();
        return 0;
    }

    /** bpf_xdp_adjust_tail for a frame without fragments: 0 or -EINVAL. Growth is zero-filled. */
    long adjustTail(int delta) {
        if (frag.length > 0) {
            return -95; // fragment resizing is not simulated
        }
        int newEnd = end + delta;
        if (newEnd > PAGE - TAILROOM || newEnd < data + SkbContext.ETH_HLEN) {
            return -22;
        }
        if (delta > 0) {
            java.util.Arrays.fill(page, end, newEnd, (byte) 0);
        }
        end = newEnd;
        remap();
        return 0;
    }

    @Override
    public long ctxAddress() {
        return ctxAddress;
    }

    @Override
    public int ldAbsRegion() {
        return 0;
    }

    @Override
    public byte[] dataOut() {
        byte[] out = new byte[end - meta + frag.length];
        System.arraycopy(page, meta, out, 0, end - meta);
        System.arraycopy(frag, 0, out, end - meta, frag.length);
        return out;
    }

    @Override
    public Object save() {
        return new Object[] {page.clone(), new int[] {meta, data, end, packetRegion}};
    }

    @Override
    public void restore(Object saved) {
        Object[] s = (Object[]) saved;
        System.arraycopy((byte[]) s[0], 0, page, 0, PAGE);
        int[] p = (int[]) s[1];
        meta = p[0];
        data = p[1];
        end = p[2];
        packetRegion = p[3];
    }
}
