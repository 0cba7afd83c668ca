package org.bpfplay.engine.packet;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds packet bytes from layer descriptions. Layers are encoded inside-out: each layer first
 * builds everything it carries, then writes its own header, so lengths (IPv4 total length, IPv6
 * payload length, UDP length), type numbers (ethertype, IP protocol / next header) and checksums
 * (IPv4 header; TCP, UDP and ICMPv6 over the pseudo-header of the nearest enclosing IP layer; ICMP)
 * come out right. Any of them given explicitly is written as given, to build broken packets on
 * purpose. Every bad value is reported; nothing is built when there is an error.
 */
public final class PacketBuilder {
    static final byte[] DEFAULT_SRC_MAC = {0x02, 0, 0, 0, 0, 0x01};
    static final byte[] DEFAULT_DST_MAC = {0x02, 0, 0, 0, 0, 0x02};
    static final byte[] DEFAULT_SRC_IPV4 = {10, 0, 0, 1};
    static final byte[] DEFAULT_DST_IPV4 = {10, 0, 0, 2};
    static final byte[] DEFAULT_SRC_IPV6 = ipv6("fd00::1");
    static final byte[] DEFAULT_DST_IPV6 = ipv6("fd00::2");
    /** IEEE local experimental ethertype, for frames whose payload is not IP. */
    static final int ETHERTYPE_EXPERIMENTAL = 0x88b5;
    /** IANA "use for experimentation and testing", for IP packets carrying a bare payload. */
    static final int PROTO_EXPERIMENTAL = 253;
    static final int PROTO_NO_NEXT_HEADER = 59;

    private final List<LayerSpec> layers;
    private final List<PacketError> errors = new ArrayList<>();

    /** The addresses of the innermost IP layer, for transport pseudo-headers (4 or 16 bytes each). */
    private record IpContext(byte[] src, byte[] dst) {
    }

    private PacketBuilder(List<LayerSpec> layers) {
        this.layers = layers;
    }

    /** Builds the bytes; the layer order is assumed checked by the parser that made {@code layers}. */
    public static PacketResult build(List<LayerSpec> layers) {
        List<PacketError> errors = new ArrayList<>();
        LayerOrder.check(layers, errors);
        if (layers.isEmpty()) {
            errors.add(new PacketError("column 1", "empty packet description"));
        }
        if (!errors.isEmpty()) {
            return PacketResult.failed(errors);
        }
        PacketBuilder b = new PacketBuilder(layers);
        byte[] bytes = b.encode(0, null);
        return b.errors.isEmpty() ? new PacketResult(bytes, List.of()) : PacketResult.failed(b.errors);
    }

    private byte[] encode(int i, IpContext ip) {
        if (i >= layers.size()) {
            return new byte[0];
        }
        LayerSpec spec = layers.get(i);
        LayerFields f = new LayerFields(spec, errors);
        switch (spec.kind()) {
            case ETH: return eth(f, i, ip);
            case VLAN: return vlan(f, i, ip);
            case IPV4: return ipv4(f, i);
            case IPV6: return ipv6(f, i);
            case TCP: return tcp(f, i, ip);
            case UDP: return udp(f, i, ip);
            case ICMP: return icmp(f, i);
            case ICMPV6: return icmpv6(f, i, ip);
            default: return f.payload();
        }
    }

    private LayerKind next(int i) {
        return i + 1 < layers.size() ? layers.get(i + 1).kind() : null;
    }

    private int ethertypeFor(int i) {
        LayerKind n = next(i);
        if (n == LayerKind.VLAN) {
            return 0x8100;
        }
        if (n == LayerKind.IPV4) {
            return 0x0800;
        }
        if (n == LayerKind.IPV6) {
            return 0x86dd;
        }
        return ETHERTYPE_EXPERIMENTAL;
    }

    private int protocolFor(int i) {
        LayerKind n = next(i);
        if (n == null) {
            return PROTO_NO_NEXT_HEADER;
        }
        switch (n) {
            case TCP: return 6;
            case UDP: return 17;
            case ICMP: return 1;
            case ICMPV6: return 58;
            case IPV4: return 4;
            case IPV6: return 41;
            default: return PROTO_EXPERIMENTAL;
        }
    }

    private byte[] eth(LayerFields f, int i, IpContext ip) {
        byte[] dst = f.mac("dst", DEFAULT_DST_MAC);
        byte[] src = f.mac("src", DEFAULT_SRC_MAC);
        int type = (int) f.number("type", 16, ethertypeFor(i));
        byte[] inner = encode(i + 1, ip);
        ByteWriter w = new ByteWriter(14 + inner.length);
        w.bytes(dst).bytes(src).u16(type).bytes(inner);
        return w.array();
    }

    private byte[] vlan(LayerFields f, int i, IpContext ip) {
        int tci = (int) (f.number("pcp", 3, 0) << 13 | f.number("dei", 1, 0) << 12 | f.number("id", 12, 1));
        int type = (int) f.number("type", 16, ethertypeFor(i));
        byte[] inner = encode(i + 1, ip);
        ByteWriter w = new ByteWriter(4 + inner.length);
        w.u16(tci).u16(type).bytes(inner);
        return w.array();
    }

    private byte[] ipv4(LayerFields f, int i) {
        byte[] src = f.ipv4("src", DEFAULT_SRC_IPV4);
        byte[] dst = f.ipv4("dst", DEFAULT_DST_IPV4);
        int tos = (int) f.number("tos", 8, 0);
        int id = (int) f.number("id", 16, 1);
        int ttl = (int) f.number("ttl", 8, 64);
        int flags;
        if (f.has("flags") && (f.has("rf") || f.has("df") || f.has("mf"))) {
            f.error("flags", "give ipv4 flags either as flags=N or as rf/df/mf, not both");
            flags = 0;
        } else {
            flags = (int) (f.has("flags") ? f.number("flags", 3, 0)
                    : f.number("rf", 1, 0) << 2 | f.number("df", 1, 0) << 1 | f.number("mf", 1, 0));
        }
        int frag = (int) f.number("frag", 13, 0);
        int proto = (int) f.number("proto", 8, protocolFor(i));
        byte[] options = padTo4(f.hex("options"));
        if (options.length > 40) {
            f.error("options", "ipv4 options are at most 40 bytes, got " + options.length);
        }
        int hlen = 20 + options.length;
        int ihl = (int) f.number("ihl", 4, Math.min(15, hlen / 4));
        byte[] inner = encode(i + 1, new IpContext(src, dst));
        long len = f.override("len", 16);
        if (len < 0) {
            len = hlen + inner.length;
            if (len > 0xffff) {
                f.error("len", "ipv4 total length " + len + " does not fit in 16 bits (payload too long)");
            }
        }
        long csumGiven = f.override("csum", 16);
        ByteWriter w = new ByteWriter(hlen + inner.length);
        w.u8(0x40 | ihl).u8(tos).u16((int) len).u16(id).u16(flags << 13 | frag).u8(ttl).u8(proto).u16(0)
                .bytes(src).bytes(dst).bytes(options);
        byte[] out = w.bytes(inner).array();
        int csum = csumGiven >= 0 ? (int) csumGiven : new InternetChecksum().add(out, 0, hlen).value();
        ByteWriter.put16(out, 10, csum);
        return out;
    }

    private byte[] ipv6(LayerFields f, int i) {
        byte[] src = f.ipv6("src", DEFAULT_SRC_IPV6);
        byte[] dst = f.ipv6("dst", DEFAULT_DST_IPV6);
        long tc = f.number("tc", 8, 0);
        long flow = f.number("flow", 20, 0);
        int nh = (int) f.number("nh", 8, protocolFor(i));
        int hlim = (int) f.number("hlim", 8, 64);
        byte[] inner = encode(i + 1, new IpContext(src, dst));
        long plen = f.override("plen", 16);
        if (plen < 0) {
            plen = inner.length;
            if (plen > 0xffff) {
                f.error("plen", "ipv6 payload length " + plen + " does not fit in 16 bits (jumbograms are not supported)");
            }
        }
        ByteWriter w = new ByteWriter(40 + inner.length);
        w.u32(6L << 28 | tc << 20 | flow).u16((int) plen).u8(nh).u8(hlim).bytes(src).bytes(dst).bytes(inner);
        return w.array();
    }

    private byte[] tcp(LayerFields f, int i, IpContext ip) {
        int sport = (int) f.number("sport", 16, 40000);
        int dport = (int) f.number("dport", 16, 80);
        long seq = f.number("seq", 32, 1);
        long ack = f.number("ack", 32, 0);
        int flags = f.tcpFlags(TcpFlag.SYN.bit());
        int win = (int) f.number("win", 16, 65535);
        int urg = (int) f.number("urg", 16, 0);
        byte[] options = padTo4(f.hex("options"));
        if (options.length > 40) {
            f.error("options", "tcp options are at most 40 bytes, got " + options.length);
        }
        int hlen = 20 + options.length;
        int off = (int) f.number("off", 4, Math.min(15, hlen / 4));
        long csumGiven = f.override("csum", 16);
        byte[] inner = encode(i + 1, ip);
        ByteWriter w = new ByteWriter(hlen + inner.length);
        w.u16(sport).u16(dport).u32(seq).u32(ack).u8(off << 4).u8(flags).u16(win).u16(0).u16(urg)
                .bytes(options).bytes(inner);
        byte[] out = w.array();
        ByteWriter.put16(out, 16, csumGiven >= 0 ? (int) csumGiven : pseudoSum(ip, 6, out).value());
        return out;
    }

    private byte[] udp(LayerFields f, int i, IpContext ip) {
        int sport = (int) f.number("sport", 16, 40000);
        int dport = (int) f.number("dport", 16, 53);
        long csumGiven = f.override("csum", 16);
        byte[] inner = encode(i + 1, ip);
        long len = f.override("len", 16);
        if (len < 0) {
            len = 8 + inner.length;
            if (len > 0xffff) {
                f.error("len", "udp length " + len + " does not fit in 16 bits (payload too long)");
            }
        }
        ByteWriter w = new ByteWriter(8 + inner.length);
        byte[] out = w.u16(sport).u16(dport).u16((int) len).u16(0).bytes(inner).array();
        int csum;
        if (csumGiven >= 0) {
            csum = (int) csumGiven;
        } else {
            csum = pseudoSum(ip, 17, out).value();
            if (csum == 0) {
                csum = 0xffff; // RFC 768: a computed zero is sent as all ones; zero means "no checksum"
            }
        }
        ByteWriter.put16(out, 6, csum);
        return out;
    }

    private byte[] icmp(LayerFields f, int i) {
        int type = (int) f.number("type", 8, 8);
        int code = (int) f.number("code", 8, 0);
        int id = (int) f.number("id", 16, 1);
        int seq = (int) f.number("seq", 16, 1);
        long csumGiven = f.override("csum", 16);
        byte[] inner = encode(i + 1, null);
        byte[] out = new ByteWriter(8 + inner.length).u8(type).u8(code).u16(0).u16(id).u16(seq).bytes(inner).array();
        ByteWriter.put16(out, 2, csumGiven >= 0 ? (int) csumGiven : new InternetChecksum().add(out).value());
        return out;
    }

    private byte[] icmpv6(LayerFields f, int i, IpContext ip) {
        int type = (int) f.number("type", 8, 128);
        int code = (int) f.number("code", 8, 0);
        int id = (int) f.number("id", 16, 1);
        int seq = (int) f.number("seq", 16, 1);
        long csumGiven = f.override("csum", 16);
        byte[] inner = encode(i + 1, ip);
        byte[] out = new ByteWriter(8 + inner.length).u8(type).u8(code).u16(0).u16(id).u16(seq).bytes(inner).array();
        ByteWriter.put16(out, 2, csumGiven >= 0 ? (int) csumGiven : pseudoSum(ip, 58, out).value());
        return out;
    }

    /** Sum over the IPv4 (RFC 793) or IPv6 (RFC 8200 §8.1) pseudo-header plus the segment. */
    static InternetChecksum pseudoSum(IpAddresses ip, int proto, byte[] segment, int from, int length) {
        InternetChecksum c = new InternetChecksum().add(ip.src(), 0, ip.src().length).add(ip.dst(), 0, ip.dst().length);
        if (ip.src().length == 4) {
            c.add16(proto).add16(length);
        } else {
            c.add32(length).add16(proto);
        }
        return c.add(segment, from, length);
    }

    /** Source and destination of an IP header, 4 or 16 bytes each. */
    record IpAddresses(byte[] src, byte[] dst) {
    }

    private static InternetChecksum pseudoSum(IpContext ip, int proto, byte[] segment) {
        return pseudoSum(new IpAddresses(ip.src(), ip.dst()), proto, segment, 0, segment.length);
    }

    private static byte[] padTo4(byte[] b) {
        int padded = (b.length + 3) / 4 * 4;
        return padded == b.length ? b : java.util.Arrays.copyOf(b, padded);
    }

    private static byte[] ipv6(String s) {
        return Addresses.parseIpv6(s).orElseThrow();
    }
}
