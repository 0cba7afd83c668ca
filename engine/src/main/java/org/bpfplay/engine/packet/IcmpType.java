package org.bpfplay.engine.packet;

/** Names of common ICMP (RFC 792) and ICMPv6 (RFC 4443, 4861) message types, for dissection notes. */
enum IcmpType {
    ECHO_REPLY(false, 0, "echo reply"),
    DEST_UNREACHABLE(false, 3, "destination unreachable"),
    REDIRECT(false, 5, "redirect"),
    ECHO_REQUEST(false, 8, "echo request"),
    TIME_EXCEEDED(false, 11, "time exceeded"),
    V6_DEST_UNREACHABLE(true, 1, "destination unreachable"),
    V6_PACKET_TOO_BIG(true, 2, "packet too big"),
    V6_TIME_EXCEEDED(true, 3, "time exceeded"),
    V6_ECHO_REQUEST(true, 128, "echo request"),
    V6_ECHO_REPLY(true, 129, "echo reply"),
    V6_ROUTER_SOLICITATION(true, 133, "router solicitation"),
    V6_ROUTER_ADVERTISEMENT(true, 134, "router advertisement"),
    V6_NEIGHBOR_SOLICITATION(true, 135, "neighbor solicitation"),
    V6_NEIGHBOR_ADVERTISEMENT(true, 136, "neighbor advertisement");

    private final boolean v6;
    private final int type;
    private final String text;

    IcmpType(boolean v6, int type, String text) {
        this.v6 = v6;
        this.type = type;
        this.text = text;
    }

    static String name(boolean v6, int type) {
        for (IcmpType t : values()) {
            if (t.v6 == v6 && t.type == type) {
                return t.text;
            }
        }
        return "";
    }
}
