package org.bpfplay.engine.packet;

import java.util.ArrayList;
import java.util.List;

import org.bpfplay.engine.text.HexText;

/**
 * Turns packet bytes into named fields: Ethernet, 802.1Q/802.1ad VLAN tags, IPv4, IPv6 (without
 * extension headers), TCP, UDP, ICMP, ICMPv6, then payload. Field names and value texts are those
 * of the description syntax, so a dissection reads back as a description
 * ({@link Dissection#toDescription()}). Checksums are verified and annotated. Truncated or
 * inconsistent packets are dissected as far as the bytes go; what is missing becomes a problem.
 */
public final class Dissector {
    private final byte[] p;
    private final List<DissectedLayer> layers = new ArrayList<>();
    private final List<PacketError> problems = new ArrayList<>();
    /** End of the current protocol unit: the packet end, or sooner when an IP length says so. */
    private int end;
    private PacketBuilder.IpAddresses ip;
    /** Set when an IP length announces more bytes than present: checksums cannot be verified. */
    private boolean truncatedUnit;

    private Dissector(byte[] packet) {
        this.p = packet;
        this.end = packet.length;
    }

    public static Dissection dissect(byte[] packet) {
        return dissect(packet, LinkType.ETHERNET);
    }

    public static Dissection dissect(byte[] packet, LinkType link) {
        Dissector d = new Dissector(packet.clone());
        d.run(link);
        return new Dissection(d.layers, d.problems);
    }

    private void run(LinkType link) {
        int off = 0;
        LayerKind next;
        switch (link) {
            case ETHERNET: next = LayerKind.ETH; break;
            case IPV4: next = LayerKind.IPV4; break;
            case IPV6: next = LayerKind.IPV6; break;
            default:
                if (p.length == 0) {
                    problems.add(PacketError.atByte(0, "empty packet"));
                    return;
                }
                int version = (p[0] & 0xff) >> 4;
                if (version != 4 && version != 6) {
                    problems.add(PacketError.atByte(0, "raw IP packet with version " + version + " (expected 4 or 6)"));
                    next = LayerKind.PAYLOAD;
                } else {
                    next = version == 4 ? LayerKind.IPV4 : LayerKind.IPV6;
                }
        }
        while (next != null && off < end) {
            int[] at = {off};
            next = layer(next, at);
            off = at[0];
        }
        if (next != null && next != LayerKind.PAYLOAD && off >= end) {
            problems.add(PacketError.atByte(off, next + " header missing: the packet ends here"));
        }
        if (end < p.length && off <= end) {
            List<PacketField> fs = List.of(new PacketField("hex", end, p.length - end, "hex:" + HexText.format(p, end, p.length), ""));
            layers.add(new DissectedLayer("trailer", end, p.length - end, fs));
        }
    }

    /** Dissects one layer at at[0], advances at[0] past its header, returns what follows (null: done). */
    private LayerKind layer(LayerKind kind, int[] at) {
        switch (kind) {
            case ETH: return eth(at);
            case VLAN: return vlan(at);
            case IPV4: return ipv4(at);
            case IPV6: return ipv6(at);
            case TCP: return tcp(at);
            case UDP: return udp(at);
            case ICMP: return icmp(at, false);
            case ICMPV6: return icmp(at, true);
            default:
                int off = at[0];
                List<PacketField> fs = List.of(new PacketField("hex", off, end - off, "hex:" + HexText.format(p, off, end), ""));
                layers.add(new DissectedLayer("payload", off, end - off, fs));
                at[0] = end;
                return null;
        }
    }

    private LayerKind eth(int[] at) {
        int o = at[0];
        List<PacketField> fs = new ArrayList<>();
        add(fs, "dst", o, 6, () -> Addresses.formatMac(p, o), "");
        add(fs, "src", o + 6, 6, () -> Addresses.formatMac(p, o + 6), "");
        add(fs, "type", o + 12, 2, () -> hex16(o + 12), () -> etherName(u16(o + 12)));
        return finish("eth", o, 14, fs, at, () -> byEthertype(u16(o + 12)));
    }

    private LayerKind vlan(int[] at) {
        int o = at[0];
        List<PacketField> fs = new ArrayList<>();
        add(fs, "pcp", o, 1, () -> String.valueOf(u8(o) >> 5), "");
        add(fs, "dei", o, 1, () -> String.valueOf(u8(o) >> 4 & 1), "");
        add(fs, "id", o, 2, () -> String.valueOf(u16(o) & 0xfff), "");
        add(fs, "type", o + 2, 2, () -> hex16(o + 2), () -> etherName(u16(o + 2)));
        return finish("vlan", o, 4, fs, at, () -> byEthertype(u16(o + 2)));
    }

    private LayerKind ipv4(int[] at) {
        int o = at[0];
        List<PacketField> fs = new ArrayList<>();
        int ihl = o < end ? u8(o) & 0xf : 5;
        int hlen = ihl * 4;
        add(fs, "version", o, 1, () -> String.valueOf(u8(o) >> 4), () -> (u8(o) >> 4) == 4 ? "" : "should be 4");
        add(fs, "ihl", o, 1, () -> String.valueOf(u8(o) & 0xf), () -> ihl * 4 + " bytes");
        add(fs, "tos", o + 1, 1, () -> String.valueOf(u8(o + 1)), "");
        add(fs, "len", o + 2, 2, () -> String.valueOf(u16(o + 2)), "");
        add(fs, "id", o + 4, 2, () -> String.valueOf(u16(o + 4)), "");
        add(fs, "rf", o + 6, 1, () -> String.valueOf(u8(o + 6) >> 7), "");
        add(fs, "df", o + 6, 1, () -> String.valueOf(u8(o + 6) >> 6 & 1), "");
        add(fs, "mf", o + 6, 1, () -> String.valueOf(u8(o + 6) >> 5 & 1), "");
        add(fs, "frag", o + 6, 2, () -> String.valueOf(u16(o + 6) & 0x1fff), "");
        add(fs, "ttl", o + 8, 1, () -> String.valueOf(u8(o + 8)), "");
        add(fs, "proto", o + 9, 1, () -> String.valueOf(u8(o + 9)), () -> protoName(u8(o + 9)));
        boolean whole = ihl >= 5 && o + hlen <= end;
        add(fs, "csum", o + 10, 2, () -> hex16(o + 10), () -> whole
                ? verdict(u16(o + 10), new InternetChecksum().add(p, o, hlen).value())
                : ihl < 5 ? "not checked: ihl below 5" : "not checked: header incomplete");
        add(fs, "src", o + 12, 4, () -> Addresses.formatIpv4(p, o + 12), "");
        add(fs, "dst", o + 16, 4, () -> Addresses.formatIpv4(p, o + 16), "");
        if (ihl > 5 && whole) {
            add(fs, "options", o + 20, hlen - 20, () -> "hex:" + HexText.format(p, o + 20, o + hlen), "");
        }
        if (o + 20 <= end && ihl < 5) {
            layers.add(new DissectedLayer("ipv4", o, 20, fs));
            problems.add(PacketError.atByte(o, "ipv4 ihl " + ihl + " is below the minimum 5 (20 bytes)"));
            at[0] = o + 20;
            return LayerKind.PAYLOAD;
        }
        return finish("ipv4", o, Math.max(20, hlen), fs, at, () -> {
            ip = new PacketBuilder.IpAddresses(slice(o + 12, 4), slice(o + 16, 4));
            int total = u16(o + 2);
            limit(o, total, hlen, "ipv4 total length");
            if ((u16(o + 6) & 0x1fff) != 0) {
                return LayerKind.PAYLOAD; // a later fragment: no transport header here
            }
            return byProtocol(u8(o + 9));
        });
    }

    private LayerKind ipv6(int[] at) {
        int o = at[0];
        List<PacketField> fs = new ArrayList<>();
        add(fs, "version", o, 1, () -> String.valueOf(u8(o) >> 4), () -> (u8(o) >> 4) == 6 ? "" : "should be 6");
        add(fs, "tc", o, 2, () -> String.valueOf(u16(o) >> 4 & 0xff), "");
        add(fs, "flow", o + 1, 3, () -> String.valueOf(u32(o) & 0xfffff), "");
        add(fs, "plen", o + 4, 2, () -> String.valueOf(u16(o + 4)), "");
        add(fs, "nh", o + 6, 1, () -> String.valueOf(u8(o + 6)), () -> protoName(u8(o + 6)));
        add(fs, "hlim", o + 7, 1, () -> String.valueOf(u8(o + 7)), "");
        add(fs, "src", o + 8, 16, () -> Addresses.formatIpv6(p, o + 8), "");
        add(fs, "dst", o + 24, 16, () -> Addresses.formatIpv6(p, o + 24), "");
        return finish("ipv6", o, 40, fs, at, () -> {
            ip = new PacketBuilder.IpAddresses(slice(o + 8, 16), slice(o + 24, 16));
            limit(o, 40 + u16(o + 4), 40, "ipv6 payload length + 40");
            int nh = u8(o + 6);
            LayerKind k = byProtocol(nh);
            if (k == LayerKind.PAYLOAD && nh != PacketBuilder.PROTO_EXPERIMENTAL && nh != PacketBuilder.PROTO_NO_NEXT_HEADER
                    && o + 40 < end) {
                problems.add(PacketError.atByte(o + 6, "ipv6 next header " + nh + " is not dissected (extension headers are not supported)"));
            }
            return k;
        });
    }

    private LayerKind tcp(int[] at) {
        int o = at[0];
        List<PacketField> fs = new ArrayList<>();
        int off = o + 12 < end ? u8(o + 12) >> 4 : 5;
        int hlen = off * 4;
        add(fs, "sport", o, 2, () -> String.valueOf(u16(o)), "");
        add(fs, "dport", o + 2, 2, () -> String.valueOf(u16(o + 2)), "");
        add(fs, "seq", o + 4, 4, () -> String.valueOf(u32(o + 4)), "");
        add(fs, "ack", o + 8, 4, () -> String.valueOf(u32(o + 8)), "");
        add(fs, "off", o + 12, 1, () -> String.valueOf(off), () -> hlen + " bytes");
        add(fs, "flags", o + 13, 1, () -> TcpFlag.format(u8(o + 13)), "");
        add(fs, "win", o + 14, 2, () -> String.valueOf(u16(o + 14)), "");
        add(fs, "csum", o + 16, 2, () -> hex16(o + 16), () -> transportVerdict(o, 6, o + 16, false));
        add(fs, "urg", o + 18, 2, () -> String.valueOf(u16(o + 18)), "");
        if (off > 5 && o + hlen <= end) {
            add(fs, "options", o + 20, hlen - 20, () -> "hex:" + HexText.format(p, o + 20, o + hlen), "");
        }
        if (o + 20 <= end && off < 5) {
            layers.add(new DissectedLayer("tcp", o, 20, fs));
            problems.add(PacketError.atByte(o + 12, "tcp data offset " + off + " is below the minimum 5 (20 bytes)"));
            at[0] = o + 20;
            return LayerKind.PAYLOAD;
        }
        return finish("tcp", o, Math.max(20, hlen), fs, at, () -> LayerKind.PAYLOAD);
    }

    private LayerKind udp(int[] at) {
        int o = at[0];
        List<PacketField> fs = new ArrayList<>();
        add(fs, "sport", o, 2, () -> String.valueOf(u16(o)), "");
        add(fs, "dport", o + 2, 2, () -> String.valueOf(u16(o + 2)), "");
        add(fs, "len", o + 4, 2, () -> String.valueOf(u16(o + 4)), "");
        add(fs, "csum", o + 6, 2, () -> hex16(o + 6), () -> transportVerdict(o, 17, o + 6, true));
        return finish("udp", o, 8, fs, at, () -> {
            int len = u16(o + 4);
            if (len != end - o) {
                problems.add(PacketError.atByte(o + 4, "udp length " + len + " but the IP payload has " + (end - o) + " bytes"));
            }
            return LayerKind.PAYLOAD;
        });
    }

    private LayerKind icmp(int[] at, boolean v6) {
        int o = at[0];
        String name = v6 ? "icmpv6" : "icmp";
        List<PacketField> fs = new ArrayList<>();
        add(fs, "type", o, 1, () -> String.valueOf(u8(o)), () -> IcmpType.name(v6, u8(o)));
        add(fs, "code", o + 1, 1, () -> String.valueOf(u8(o + 1)), "");
        add(fs, "csum", o + 2, 2, () -> hex16(o + 2), () -> {
            if (v6) {
                return transportVerdict(o, 58, o + 2, false);
            }
            return truncatedUnit ? "not checked: message truncated"
                    : verdict(u16(o + 2), new InternetChecksum().add(p, o, end - o).value());
        });
        add(fs, "id", o + 4, 2, () -> String.valueOf(u16(o + 4)), "");
        add(fs, "seq", o + 6, 2, () -> String.valueOf(u16(o + 6)), "");
        return finish(name, o, 8, fs, at, () -> LayerKind.PAYLOAD);
    }

    // --- shared steps -----------------------------------------------------------------------

    private interface Text {
        String get();
    }

    private interface Next {
        LayerKind get();
    }

    private void add(List<PacketField> fs, String name, int off, int len, Text value, String note) {
        add(fs, name, off, len, value, () -> note);
    }

    /** Adds a field when its bytes are all present. */
    private void add(List<PacketField> fs, String name, int off, int len, Text value, Text note) {
        if (off + len <= end) {
            fs.add(new PacketField(name, off, len, value.get(), note.get()));
        }
    }

    /** Records the layer; a short header becomes a problem and ends the dissection. */
    private LayerKind finish(String name, int o, int hlen, List<PacketField> fs, int[] at, Next next) {
        if (o + hlen > end) {
            layers.add(new DissectedLayer(name, o, end - o, fs));
            problems.add(PacketError.atByte(o, name + " header truncated: needs " + hlen + " bytes, "
                    + (end - o) + " present"));
            at[0] = end;
            return null;
        }
        layers.add(new DissectedLayer(name, o, hlen, fs));
        at[0] = o + hlen;
        return next.get();
    }

    /** Applies an IP length: shorter than the bytes leaves a trailer, longer is reported. */
    private void limit(int o, int total, int hlen, String what) {
        if (total < hlen) {
            problems.add(PacketError.atByte(o, what + " " + total + " is shorter than the " + hlen + "-byte header"));
        } else if (o + total > end) {
            problems.add(PacketError.atByte(o, what + " " + total + " but only " + (end - o) + " bytes present (truncated)"));
            truncatedUnit = true;
        } else {
            end = o + total;
        }
    }

    private String transportVerdict(int o, int proto, int csumAt, boolean udp) {
        if (ip == null) {
            return "not checked: no IP header";
        }
        int stored = u16(csumAt);
        if (udp && stored == 0 && ip.src().length == 4) {
            return "none (0 means no checksum over IPv4)";
        }
        if (truncatedUnit) {
            return "not checked: segment truncated";
        }
        int sum = PacketBuilder.pseudoSum(ip, proto, p, o, end - o).value();
        String v = verdict(stored, sum);
        return udp ? v.replace("should be 0x0000", "should be 0xffff") : v;
    }

    /** The sum over the data including the stored checksum (complemented) is 0 when the checksum is right. */
    private String verdict(int stored, int sumWithField) {
        if (sumWithField == 0) {
            return "correct";
        }
        return "wrong, should be " + hex(stored, sumWithField);
    }

    private String hex(int stored, int sumWithField) {
        // Replacing stored s by s' makes the folded sum zero: s' = ~(~s + sum-without-complement) in ones' complement.
        int partial = (~sumWithField) & 0xffff;          // ones' complement sum including s
        int without = onesSub(partial, stored);           // sum excluding s
        int want = (~without) & 0xffff;
        return String.format("0x%04x", want);
    }

    private static int onesSub(int a, int b) {
        int r = a + ((~b) & 0xffff);
        while ((r >>> 16) != 0) {
            r = (r & 0xffff) + (r >>> 16);
        }
        return r;
    }

    private LayerKind byEthertype(int type) {
        switch (type) {
            case 0x8100:
            case 0x88a8: return LayerKind.VLAN;
            case 0x0800: return LayerKind.IPV4;
            case 0x86dd: return LayerKind.IPV6;
            default: return LayerKind.PAYLOAD;
        }
    }

    private static LayerKind byProtocol(int proto) {
        switch (proto) {
            case 6: return LayerKind.TCP;
            case 17: return LayerKind.UDP;
            case 1: return LayerKind.ICMP;
            case 58: return LayerKind.ICMPV6;
            case 4: return LayerKind.IPV4;
            case 41: return LayerKind.IPV6;
            default: return LayerKind.PAYLOAD;
        }
    }

    private static String etherName(int type) {
        switch (type) {
            case 0x0800: return "IPv4";
            case 0x86dd: return "IPv6";
            case 0x8100: return "802.1Q VLAN";
            case 0x88a8: return "802.1ad VLAN";
            case 0x0806: return "ARP";
            default: return "";
        }
    }

    private static String protoName(int proto) {
        switch (proto) {
            case 1: return "ICMP";
            case 4: return "IPv4 in IP";
            case 6: return "TCP";
            case 17: return "UDP";
            case 41: return "IPv6 in IP";
            case 58: return "ICMPv6";
            case 59: return "no next header";
            case 253: return "experimental";
            default: return "";
        }
    }

    private int u8(int o) {
        return o < p.length ? p[o] & 0xff : 0;
    }

    private int u16(int o) {
        return u8(o) << 8 | u8(o + 1);
    }

    private long u32(int o) {
        return (long) u16(o) << 16 | u16(o + 2);
    }

    private String hex16(int o) {
        return String.format("0x%04x", u16(o));
    }

    private byte[] slice(int o, int n) {
        return java.util.Arrays.copyOfRange(p, o, o + n);
    }
}
