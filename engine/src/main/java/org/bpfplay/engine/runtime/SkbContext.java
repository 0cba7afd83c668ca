package org.bpfplay.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bpfplay.engine.interp.ExternalState;
import org.bpfplay.engine.interp.Machine;
import org.bpfplay.engine.interp.Memory;
import org.bpfplay.engine.interp.NarrowField;
import org.bpfplay.engine.interp.Region;
import org.bpfplay.engine.interp.RegionKind;
import org.bpfplay.engine.interp.VirtualField;
import org.bpfplay.engine.maps.Errno;
import org.bpfplay.engine.progtype.ContextField;
import org.bpfplay.engine.progtype.PacketModel;
import org.bpfplay.engine.progtype.ProgramType;

/*
 * An skb as BPF_PROG_TEST_RUN builds it (net/bpf/test_run.c): the frame in one page with 64 bytes of
 * headroom and 320 of shared info (so at most 3712 bytes), received on lo (ifindex 1, MAC and broadcast
 * address all zero), eth_type_trans() deciding protocol and pkt_type, IPv4/IPv6 frames needing a whole
 * network header, a dummy socket carrying the addresses. socket_filter and cgroup_skb see skb->data at the
 * network header and get the Ethernet header back zeroed in data_out; sched_cls sees the whole frame.
 *
 * bpf_skb_change_proto grows or shrinks the frame, which replaces it with a new array and a new packet
 * region (as XdpContext does for adjust_head); the frame and region are external state so the debugger
 * can rewind them.
 */
final class SkbContext implements PacketContext, ExternalState {
    static final int ETH_HLEN = 14;
    /** PAGE_SIZE - NET_SKB_PAD - SKB_DATA_ALIGN(sizeof(struct skb_shared_info)) on x86-64. */
    static final int MAX_FRAME = 4096 - 64 - 320;
    static final int CTX_SIZE = 192;
    /**
     * The __sk_buff fields whose kernel counterparts are narrower than their 4 bytes, with the
     * size the kernel's rewrite loads (net/core/filter.c, bpf_convert_ctx_access): narrow loads of
     * these return the kernel field, not the struct's bytes (see {@link NarrowField}).
     */
    private static final Map<String, Integer> KERNEL_FIELD_SIZES = Map.ofEntries(
            Map.entry("pkt_type", 1), Map.entry("queue_mapping", 2), Map.entry("protocol", 2),
            Map.entry("vlan_tci", 2), Map.entry("vlan_proto", 2), Map.entry("tc_index", 2),
            Map.entry("tc_classid", 2), Map.entry("family", 2), Map.entry("remote_port", 2),
            Map.entry("local_port", 2), Map.entry("gso_segs", 2), Map.entry("gso_size", 2));
    private static final int SOCK_SIZE = 80;

    final ProgramType type;
    byte[] frame;
    /** Offset of skb->data in {@link #frame}: 14 for L3 types, 0 for sched_cls. */
    final int dataStart;
    int packetRegion;
    final Region ctx;
    private final long ctxAddress;
    private Memory memory;
    /** The machine whose LD_ABS region follows the packet (set by {@link #attach}). */
    private Machine machine;

    private SkbContext(ProgramType type, byte[] frame, int dataStart, int packetRegion, Region ctx, long ctxAddress) {
        this.type = type;
        this.frame = frame;
        this.dataStart = dataStart;
        this.packetRegion = packetRegion;
        this.ctx = ctx;
        this.ctxAddress = ctxAddress;
    }

    /** The skb, or the error test_run would give; regions are added to {@code memory} only on success. */
    static Object build(ProgramType type, byte[] data, byte[] ctxIn, Memory memory) {
        int n = data.length;
        if (n < ETH_HLEN) {
            return RunError.einval("the packet has " + n + " bytes; an skb needs at least the 14-byte Ethernet header");
        }
        if (n > MAX_FRAME) {
            return RunError.einval("the packet has " + n + " bytes; an skb test run takes at most " + MAX_FRAME);
        }
        byte[] in = new byte[CTX_SIZE];
        if (ctxIn != null) {
            for (int i = CTX_SIZE; i < ctxIn.length; i++) {
                if (ctxIn[i] != 0) {
                    return new RunError("Argument list too long", "ctx byte " + i + " past the 192-byte __sk_buff is not zero");
                }
            }
            System.arraycopy(ctxIn, 0, in, 0, Math.min(ctxIn.length, CTX_SIZE));
            String bad = disallowedField(in);
            if (bad != null) {
                return RunError.einval("ctx_in sets __sk_buff field " + bad + ", which a test run does not accept");
            }
            long ifindex = u32(in, 40);
            if (ifindex > 1) {
                return new RunError("No such device", "ctx_in ifindex " + ifindex + ": only lo (1) exists in bpfplay");
            }
        }
        int etherType = (data[12] & 0xff) << 8 | (data[13] & 0xff);
        int proto = etherType >= 0x600 ? etherType
                : n >= 16 && data[14] == (byte) 0xff && data[15] == (byte) 0xff ? 0x0001 : 0x0004;
        if (proto == 0x0800 && n - ETH_HLEN < 20) {
            return RunError.einval("an IPv4 frame needs a 20-byte IP header; this one has " + (n - ETH_HLEN) + " bytes after Ethernet");
        }
        if (proto == 0x86dd && n - ETH_HLEN < 40) {
            return RunError.einval("an IPv6 frame needs a 40-byte IP header; this one has " + (n - ETH_HLEN) + " bytes after Ethernet");
        }
        byte[] frame = data.clone();
        boolean l2 = type.packet == PacketModel.SKB_L2;
        int start = l2 ? 0 : ETH_HLEN;
        int len = n - start;
        int pkt = memory.add(new Region("packet", RegionKind.PACKET, frame, start, len, l2, List.of()));

        byte[] c = new byte[CTX_SIZE];
        put32(c, 0, len);
        put32(c, 4, pktType(frame));
        put32(c, 8, u32(in, 8));
        c[16] = frame[12];
        c[17] = frame[13];
        if (etherType < 0x600) {
            c[16] = (byte) (proto >> 8);
            c[17] = (byte) proto;
        }
        put32(c, 32, u32(in, 32));
        put32(c, 36, u32(in, 36));
        put32(c, 40, 1);
        System.arraycopy(in, 48, c, 48, 20);
        System.arraycopy(in, 152, c, 152, 8);
        long wire = u32(in, 160);
        put32(c, 160, wire == 0 ? len : wire);
        put32(c, 164, u32(in, 164));
        put32(c, 176, u32(in, 176));
        System.arraycopy(in, 184, c, 184, 8);

        List<VirtualField> virtual = new ArrayList<>();
        for (ContextField f : type.context.pointerFields()) {
            virtual.add(new VirtualField(f.name(), f.offset(), f.size()));
        }
        List<NarrowField> narrow = new ArrayList<>();
        for (Map.Entry<String, Integer> e : KERNEL_FIELD_SIZES.entrySet()) {
            ContextField f = type.context.field(e.getKey());
            if (f != null) {
                narrow.add(new NarrowField(f.name(), f.offset(), f.size(), e.getValue()));
            }
        }
        Region ctx = new Region("__sk_buff", RegionKind.CONTEXT, c, 0, CTX_SIZE, true, virtual, narrow);
        long ctxAddress = Memory.address(memory.add(ctx));
        ctx.setVirtual("data", Memory.address(pkt, 0));
        ctx.setVirtual("data_end", Memory.address(pkt, len));
        ctx.setVirtual("data_meta", Memory.address(pkt, 0));
        ctx.setVirtual("sk", Memory.address(memory.add(new Region("bpf_sock", RegionKind.CONTEXT,
                socket(frame, proto), false))));
        SkbContext skb = new SkbContext(type, frame, start, pkt, ctx, ctxAddress);
        skb.memory = memory;
        return skb;
    }

    /** Lets the packet region LD_ABS reads follow frame replacements in {@code m}. */
    void attach(Machine m) {
        this.machine = m;
    }

    /**
     * bpf_skb_change_proto(skb, proto, flags) (net/core/filter.c): {@code proto} is a __be16 (only the low
     * 16 bits of the argument count; the 64-byte headroom always has room to grow); flags != 0 gives -EINVAL; IPv4 to IPv6 inserts 20 zero bytes after the
     * 14-byte MAC header, IPv6 to IPv4 removes the 20 bytes there, and skb->protocol becomes the new one;
     * any other pair, the same protocol included, gives -ENOTSUPP (524). The Ethernet type in the frame is
     * left for the program to rewrite, as in the kernel.
     */
    long changeProto(long protoArg, long flags) {
        if (flags != 0) {
            return Errno.EINVAL.neg();
        }
        int to = Short.toUnsignedInt(Short.reverseBytes((short) protoArg));
        int from = (ctx.bytes()[16] & 0xff) << 8 | (ctx.bytes()[17] & 0xff);
        int diff = 40 - 20;
        byte[] next;
        if (from == 0x0800 && to == 0x86dd) {
            next = new byte[frame.length + diff];
            System.arraycopy(frame, 0, next, 0, ETH_HLEN);
            System.arraycopy(frame, ETH_HLEN, next, ETH_HLEN + diff, frame.length - ETH_HLEN);
        } else if (from == 0x86dd && to == 0x0800) {
            if (frame.length < ETH_HLEN + diff) {
                return Errno.ENOMEM.neg(); // pskb_may_pull fails
            }
            next = new byte[frame.length - diff];
            System.arraycopy(frame, 0, next, 0, ETH_HLEN);
            System.arraycopy(frame, ETH_HLEN + diff, next, ETH_HLEN, next.length - ETH_HLEN);
        } else {
            return Errno.ENOTSUPP.neg();
        }
        frame = next;
        ctx.bytes()[16] = (byte) (to >> 8);
        ctx.bytes()[17] = (byte) to;
        remap();
        return 0;
    }

    /** A new packet region over the current frame, the ctx pointers and skb->len for it, and LD_ABS on it. */
    private void remap() {
        int len = frame.length - dataStart;
        packetRegion = memory.add(new Region("packet", RegionKind.PACKET, frame, dataStart, len,
                type.packet == PacketModel.SKB_L2, List.of()));
        put32(ctx.bytes(), 0, len);
        ctx.setVirtual("data", Memory.address(packetRegion, 0));
        ctx.setVirtual("data_end", Memory.address(packetRegion, len));
        ctx.setVirtual("data_meta", Memory.address(packetRegion, 0));
        if (machine != null) {
            machine.setPacketRegion(packetRegion, 0, ETH_HLEN);
        }
    }

    @Override
    public Object save() {
        return new Object[] {frame, packetRegion};
    }

    @Override
    public void restore(Object saved) {
        Object[] s = (Object[]) saved;
        frame = (byte[]) s[0];
        packetRegion = (Integer) s[1];
        if (machine != null) {
            machine.setPacketRegion(packetRegion, 0, ETH_HLEN);
        }
    }

    /** The test socket: family and addresses from the IP header, TCP_CLOSE, no rx queue. */
    private static byte[] socket(byte[] f, int proto) {
        byte[] s = new byte[SOCK_SIZE];
        if (proto == 0x0800) {
            put32(s, 4, 2);
            System.arraycopy(f, ETH_HLEN + 12, s, 24, 4);
            System.arraycopy(f, ETH_HLEN + 16, s, 52, 4);
        } else if (proto == 0x86dd) {
            put32(s, 4, 10);
            System.arraycopy(f, ETH_HLEN + 8, s, 28, 16);
            System.arraycopy(f, ETH_HLEN + 24, s, 56, 16);
        }
        put32(s, 72, 7);
        put32(s, 76, 0xffffffffL);
        return s;
    }

    /** eth_type_trans on lo: its address and broadcast address are all zero. */
    private static int pktType(byte[] f) {
        boolean zero = true;
        for (int i = 0; i < 6; i++) {
            zero &= f[i] == 0;
        }
        if ((f[0] & 1) != 0) {
            return zero ? 1 : 2;
        }
        return zero ? 0 : 3;
    }

    /** The first non-zero byte range test_run refuses in ctx_in (convert___skb_to_skb), or null. */
    private static String disallowedField(byte[] in) {
        int[][] zero = {{0, 8}, {12, 32}, {44, 48}, {68, 152}, {168, 176}, {180, 184}};
        for (int[] r : zero) {
            for (int i = r[0]; i < r[1]; i++) {
                if (in[i] != 0) {
                    ContextField f = ProgramType.SOCKET_FILTER.context.fieldAt(i);
                    return f == null ? "at offset " + i : f.name();
                }
            }
        }
        return null;
    }

    static long u32(byte[] b, int off) {
        return (b[off] & 0xffL) | (b[off + 1] & 0xffL) << 8 | (b[off + 2] & 0xffL) << 16 | (b[off + 3] & 0xffL) << 24;
    }

    static void put32(byte[] b, int off, long v) {
        for (int i = 0; i < 4; i++) {
            b[off + i] = (byte) (v >>> (8 * i));
        }
    }

    /** skb->len: bytes from skb->data to the end. */
    int length() {
        return frame.length - dataStart;
    }

    @Override
    public long ctxAddress() {
        return ctxAddress;
    }

    @Override
    public int ldAbsRegion() {
        return packetRegion;
    }

    @Override
    public byte[] dataOut() {
        byte[] out = frame.clone();
        if (dataStart > 0) {
            java.util.Arrays.fill(out, 0, dataStart, (byte) 0);
        }
        return out;
    }
}
