package org.bpfplay.engine.packet;

import java.util.Optional;

/** What a packet starts with: the pcap LINKTYPE_* numbers the engine can dissect. */
public enum LinkType {
    ETHERNET(1),
    /** Raw IP; the version nibble says IPv4 or IPv6. */
    RAW(101),
    IPV4(228),
    IPV6(229);

    private final int number;

    LinkType(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<LinkType> byNumber(int n) {
        for (LinkType t : values()) {
            if (t.number == n) {
                return Optional.of(t);
            }
        }
        // LINKTYPE_RAW has two numbers: 101 in files, 12 or 14 on some systems' DLT values.
        return n == 12 || n == 14 ? Optional.of(RAW) : Optional.empty();
    }
}
