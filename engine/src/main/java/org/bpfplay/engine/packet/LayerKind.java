package org.bpfplay.engine.packet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The layers a packet description can name, with the fields each accepts and which layer may follow
 * which. Fields not written take defaults; lengths, type numbers and checksums are computed unless
 * given explicitly (to build broken packets on purpose).
 */
public enum LayerKind {
    ETH("eth", List.of("src", "dst", "type")),
    VLAN("vlan", List.of("id", "pcp", "dei", "type")),
    IPV4("ipv4", List.of("src", "dst", "ttl", "tos", "id", "rf", "df", "mf", "flags", "frag", "proto",
            "ihl", "len", "csum", "options")),
    IPV6("ipv6", List.of("src", "dst", "hlim", "flow", "tc", "nh", "plen")),
    TCP("tcp", List.of("sport", "dport", "seq", "ack", "flags", "win", "urg", "off", "csum", "options")),
    UDP("udp", List.of("sport", "dport", "len", "csum")),
    ICMP("icmp", List.of("type", "code", "id", "seq", "csum")),
    ICMPV6("icmpv6", List.of("type", "code", "id", "seq", "csum")),
    /** Application bytes: exactly one of text, hex or len (a counting pattern of that many bytes). */
    PAYLOAD("payload", List.of("text", "hex", "len"));

    private final String syntax;
    private final List<String> fields;

    LayerKind(String syntax, List<String> fields) {
        this.syntax = syntax;
        this.fields = fields;
    }

    public String syntax() {
        return syntax;
    }

    public List<String> fields() {
        return fields;
    }

    public static Optional<LayerKind> bySyntax(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (LayerKind k : values()) {
            if (k.syntax.equals(lower)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Whether a packet (Ethernet frame or raw IP packet) may start with this layer. */
    public boolean canStart() {
        return this == ETH || this == IPV4 || this == IPV6;
    }

    /** Whether {@code next} may directly follow this layer; ICMP belongs to IPv4, ICMPv6 to IPv6. */
    public boolean canCarry(LayerKind next) {
        switch (this) {
            case ETH:
            case VLAN:
                return next == VLAN || next == IPV4 || next == IPV6 || next == PAYLOAD;
            case IPV4:
                return next == TCP || next == UDP || next == ICMP || next == IPV4 || next == IPV6 || next == PAYLOAD;
            case IPV6:
                return next == TCP || next == UDP || next == ICMPV6 || next == IPV4 || next == IPV6 || next == PAYLOAD;
            case TCP:
            case UDP:
            case ICMP:
            case ICMPV6:
                return next == PAYLOAD;
            default:
                return false;
        }
    }

    /** The list of layer names, for "unknown layer" messages. */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (LayerKind k : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k.syntax);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return syntax;
    }
}
