package org.bpfplay.engine.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dissection: round trips with the builder, truncated and malformed packets. */
class DissectorTest {
    @Test
    void everyReferencePacketDissectsBackToItsOwnBytes() {
        for (String d : PacketResources.descriptions()) {
            byte[] p = PacketResources.build(d);
            Dissection dis = Dissector.dissect(p);
            assertTrue(dis.problems().isEmpty(), d + ": " + dis.problems());
            String again = dis.toDescription();
            assertArrayEquals(p, PacketResources.build(again), d + " -> " + again);
        }
    }

    @Test
    void writtenFieldsComeBackWithTheirValues() {
        String d = "eth(src=aa:bb:cc:dd:ee:ff) vlan(id=100,pcp=3) ipv4(src=192.168.0.1,dst=8.8.4.4,ttl=7,tos=16,id=99,df=1)"
                + " tcp(sport=1234,dport=443,seq=1000,ack=2000,flags=SA,win=512,options=hex:020405b4) payload=\"hi\"";
        Dissection dis = Dissector.dissect(PacketResources.build(d));
        for (LayerSpec spec : Packets.parse(d).layers()) {
            DissectedLayer l = dis.layer(spec.kind().syntax()).orElseThrow();
            for (FieldSpec f : spec.fields()) {
                if (spec.kind() == LayerKind.PAYLOAD) {
                    assertEquals("hex:6869", l.field("hex").orElseThrow().value());
                } else {
                    assertEquals(f.value(), l.field(f.name()).orElseThrow().value(), spec.kind() + " " + f.name());
                }
            }
        }
        DissectedLayer tcp = dis.layer("tcp").orElseThrow();
        assertEquals(14 + 4 + 20, tcp.offset());
        assertEquals(24, tcp.length());
        PacketField dport = tcp.field("dport").orElseThrow();
        assertEquals(40, dport.offset());
        assertEquals(2, dport.length());
        assertEquals("IPv4", dis.layer("vlan").orElseThrow().field("type").orElseThrow().note());
        assertEquals("TCP", dis.layer("ipv4").orElseThrow().field("proto").orElseThrow().note());
    }

    @Test
    void wrongChecksumsSayWhatTheyShouldBe() {
        byte[] good = PacketResources.build("eth ipv4 udp payload=\"x\"");
        byte[] bad = PacketResources.build("eth ipv4(csum=0x0102) udp(csum=0x0304) payload=\"x\"");
        Dissection dg = Dissector.dissect(good);
        Dissection db = Dissector.dissect(bad);
        String ipCsum = dg.layer("ipv4").orElseThrow().field("csum").orElseThrow().value();
        String udpCsum = dg.layer("udp").orElseThrow().field("csum").orElseThrow().value();
        assertEquals("wrong, should be " + ipCsum, db.layer("ipv4").orElseThrow().field("csum").orElseThrow().note());
        assertEquals("wrong, should be " + udpCsum, db.layer("udp").orElseThrow().field("csum").orElseThrow().note());
    }

    @Test
    void everyPrefixOfEveryPacketIsDissectedWithTheMissingPartNamed() {
        int truncated = 0;
        for (String d : PacketResources.descriptions()) {
            byte[] p = PacketResources.build(d);
            for (int n = 0; n < p.length; n++) {
                Dissection dis = Dissector.dissect(Arrays.copyOf(p, n));
                boolean headerCut = dis.problems().stream().anyMatch(e -> e.message().contains("truncated")
                        || e.message().contains("missing"));
                if (n < 14) {
                    assertTrue(headerCut, d + " cut at " + n + ": " + dis.problems());
                }
                if (headerCut) {
                    truncated++;
                }
                for (DissectedLayer l : dis.layers()) {
                    for (PacketField f : l.fields()) {
                        assertTrue(f.offset() + f.length() <= n, d + " cut at " + n + ": " + f);
                    }
                }
            }
        }
        assertTrue(truncated > 1000, "truncated " + truncated);
    }

    @Test
    void truncationMessagesNameLayerAndSizes() {
        byte[] p = PacketResources.build("eth ipv4 tcp payload=len:10");
        Dissection dis = Dissector.dissect(Arrays.copyOf(p, 40));
        assertEquals(List.of("byte 14: ipv4 total length 50 but only 26 bytes present (truncated)",
                "byte 34: tcp header truncated: needs 20 bytes, 6 present"), strings(dis.problems()));
        DissectedLayer tcp = dis.layer("tcp").orElseThrow();
        assertEquals(List.of("sport", "dport"), tcp.fields().stream().map(PacketField::name).toList());
        Dissection noTransport = Dissector.dissect(Arrays.copyOf(p, 34));
        assertTrue(strings(noTransport.problems()).contains("byte 34: tcp header missing: the packet ends here"),
                noTransport.problems().toString());
        assertEquals("not checked: segment truncated",
                Dissector.dissect(Arrays.copyOf(p, 60)).layer("tcp").orElseThrow().field("csum").orElseThrow().note());
    }

    @Test
    void malformedHeadersAreReportedNotThrown() {
        Dissection lowIhl = Dissector.dissect(PacketResources.build("eth ipv4(ihl=3) tcp"));
        assertTrue(strings(lowIhl.problems()).contains("byte 14: ipv4 ihl 3 is below the minimum 5 (20 bytes)"));
        Dissection lowOff = Dissector.dissect(PacketResources.build("eth ipv4 tcp(off=2)"));
        assertTrue(strings(lowOff.problems()).contains("byte 46: tcp data offset 2 is below the minimum 5 (20 bytes)"));
        Dissection shortLen = Dissector.dissect(PacketResources.build("eth ipv4(len=10) udp"));
        assertTrue(strings(shortLen.problems()).contains("byte 14: ipv4 total length 10 is shorter than the 20-byte header"));
        Dissection udpLen = Dissector.dissect(PacketResources.build("eth ipv4 udp(len=100)"));
        assertTrue(strings(udpLen.problems()).contains("byte 38: udp length 100 but the IP payload has 8 bytes"));
        Dissection raw = Dissector.dissect(PacketResources.build("hex:51020304"), LinkType.RAW);
        assertEquals(List.of("byte 0: raw IP packet with version 5 (expected 4 or 6)"), strings(raw.problems()));
        assertEquals("should be 6", Dissector.dissect(PacketResources.build("hex:4000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000"), LinkType.IPV6).layer("ipv6").orElseThrow()
                .field("version").orElseThrow().note());
    }

    @Test
    void ethernetPaddingBecomesATrailer() {
        byte[] p = PacketResources.build("eth ipv4 udp payload=\"x\"");
        byte[] padded = Arrays.copyOf(p, 60);
        Dissection dis = Dissector.dissect(padded);
        assertTrue(dis.problems().isEmpty(), dis.problems().toString());
        DissectedLayer trailer = dis.layers().get(dis.layers().size() - 1);
        assertEquals("trailer", trailer.name());
        assertEquals(p.length, trailer.offset());
        assertEquals(60 - p.length, trailer.length());
        assertEquals("correct", dis.layer("udp").orElseThrow().field("csum").orElseThrow().note());
        assertArrayEquals(p, PacketResources.build(dis.toDescription()));
    }

    @Test
    void rawIpLinkTypesStartAtTheIpHeader() {
        byte[] v4 = PacketResources.build("ipv4 icmp");
        byte[] v6 = PacketResources.build("ipv6 icmpv6");
        assertEquals(List.of("ipv4", "icmp"), names(Dissector.dissect(v4, LinkType.RAW)));
        assertEquals(List.of("ipv6", "icmpv6"), names(Dissector.dissect(v6, LinkType.RAW)));
        assertEquals(List.of("ipv6", "icmpv6"), names(Dissector.dissect(v6, LinkType.IPV6)));
        assertEquals("echo request", Dissector.dissect(v6, LinkType.RAW).layer("icmpv6").orElseThrow()
                .field("type").orElseThrow().note());
    }

    @Test
    void laterFragmentsAreNotTakenForTransportHeaders() {
        Dissection dis = Dissector.dissect(PacketResources.build("eth ipv4(frag=100,proto=6) payload=len:20"));
        assertEquals(List.of("eth", "ipv4", "payload"), names(dis));
    }

    private static List<String> names(Dissection d) {
        List<String> out = new ArrayList<>();
        d.layers().forEach(l -> out.add(l.name()));
        return out;
    }

    private static List<String> strings(List<PacketError> errors) {
        return errors.stream().map(PacketError::toString).toList();
    }

    @Test
    void emptyInputsDoNotThrow() {
        assertFalse(Dissector.dissect(new byte[0]).problems().isEmpty());
        assertFalse(Dissector.dissect(new byte[0], LinkType.RAW).problems().isEmpty());
    }
}
