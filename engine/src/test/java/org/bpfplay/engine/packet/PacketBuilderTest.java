package org.bpfplay.engine.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bpfplay.engine.text.HexText;
import org.junit.jupiter.api.Test;

/**
 * Layouts, defaults and overrides of built packets, read back at their RFC offsets (checksum
 * correctness is judged by tshark in {@link TsharkReferenceTest}).
 */
class PacketBuilderTest {
    private static int u16(byte[] b, int o) {
        return (b[o] & 0xff) << 8 | (b[o + 1] & 0xff);
    }

    private static String hex(byte[] b, int from, int to) {
        return HexText.format(b, from, to);
    }

    @Test
    void issueExampleHasTheLayoutOfAnEthernetIpv4TcpFrame() {
        byte[] p = PacketResources.build("eth ipv4(src=10.0.0.1,dst=10.0.0.2) tcp(dport=80,flags=S) payload=\"GET /\"");
        assertEquals(14 + 20 + 20 + 5, p.length);
        assertEquals("020000000002" + "020000000001" + "0800", hex(p, 0, 14));
        assertEquals(0x45, p[14] & 0xff);
        assertEquals(20 + 20 + 5, u16(p, 16));
        assertEquals(64, p[22] & 0xff);
        assertEquals(6, p[23] & 0xff);
        assertEquals("0a000001" + "0a000002", hex(p, 26, 34));
        assertEquals(40000, u16(p, 34));
        assertEquals(80, u16(p, 36));
        assertEquals(0x50, p[46] & 0xff);
        assertEquals(0x02, p[47] & 0xff);
        assertEquals("GET /", new String(p, 54, 5, StandardCharsets.US_ASCII));
    }

    @Test
    void typeNumbersFollowTheNextLayer() {
        assertEquals(0x86dd, u16(PacketResources.build("eth ipv6"), 12));
        assertEquals(0x8100, u16(PacketResources.build("eth vlan ipv4"), 12));
        assertEquals(0x0800, u16(PacketResources.build("eth vlan ipv4"), 16));
        assertEquals(0x88b5, u16(PacketResources.build("eth payload=\"x\""), 12));
        assertEquals(17, PacketResources.build("eth ipv4 udp")[23]);
        assertEquals(1, PacketResources.build("eth ipv4 icmp")[23]);
        assertEquals(41, PacketResources.build("eth ipv4 ipv6")[23]);
        assertEquals(4, PacketResources.build("eth ipv6 ipv4")[20]);
        assertEquals(58, PacketResources.build("eth ipv6 icmpv6")[20]);
        assertEquals(253, PacketResources.build("eth ipv6 payload=len:4")[20] & 0xff);
        assertEquals(59, PacketResources.build("eth ipv6")[20]);
    }

    @Test
    void explicitValuesReplaceComputedOnes() {
        byte[] p = PacketResources.build("eth(type=0x1234) ipv4(len=999,csum=0xbeef,proto=99,ihl=6,ttl=0) udp(len=3,csum=0)");
        assertEquals(0x1234, u16(p, 12));
        assertEquals(0x46, p[14] & 0xff);
        assertEquals(999, u16(p, 16));
        assertEquals(0, p[22]);
        assertEquals(99, p[23]);
        assertEquals(0xbeef, u16(p, 24));
        assertEquals(3, u16(p, 38));
        assertEquals(0, u16(p, 40));
        byte[] t = PacketResources.build("eth ipv4 tcp(off=15,csum=0x1234,urg=7,win=0)");
        assertEquals(0xf0, t[46] & 0xff);
        assertEquals(0x1234, u16(t, 50));
        assertEquals(7, u16(t, 52));
    }

    @Test
    void ipv4FlagsAndFragmentShareTwoBytes() {
        assertEquals(0x4000, u16(PacketResources.build("ipv4(df=1)"), 6));
        assertEquals(0x2000 | 185, u16(PacketResources.build("ipv4(mf=1,frag=185)"), 6));
        assertEquals(0x8000, u16(PacketResources.build("ipv4(rf=1)"), 6));
        assertEquals(0xa000, u16(PacketResources.build("ipv4(flags=5)"), 6));
    }

    @Test
    void rawIpPacketsStartWithTheIpHeader() {
        byte[] p = PacketResources.build("ipv6(tc=0xab,flow=0x12345,hlim=1) udp(sport=7,dport=7)");
        assertEquals("6ab12345", hex(p, 0, 4));
        assertEquals(8, u16(p, 4));
        assertEquals(1, p[7]);
        assertEquals(48, p.length);
    }

    @Test
    void vlanTagPacksPriorityDropEligibleAndId() {
        byte[] p = PacketResources.build("eth vlan(pcp=5,dei=1,id=0xabc) vlan(id=7,type=0x88a8)");
        assertEquals(0xbabc, u16(p, 14));
        assertEquals(0x8100, u16(p, 16));
        assertEquals(0x0007, u16(p, 18));
        assertEquals(0x88a8, u16(p, 20));
    }

    @Test
    void optionsArePaddedToFourBytes() {
        byte[] p = PacketResources.build("ipv4(options=hex:94:04:00) tcp(options=020405b40103)");
        assertEquals(0x46, p[0] & 0xff);
        assertEquals("94040000", hex(p, 20, 24));
        assertEquals(0x70, p[36] & 0xff);
        assertEquals("020405b401030000", hex(p, 44, 52));
        assertEquals(52, p.length);
    }

    @Test
    void payloadForms() {
        assertEquals("00010203", hex(PacketResources.build("ipv4 payload=len:4"), 20, 24));
        assertEquals(300, PacketResources.build("ipv4 payload=len:300").length - 20);
        assertEquals(0x2b, PacketResources.build("ipv4 payload=len:300")[20 + 299] & 0xff);
        assertEquals("deadbeef", hex(PacketResources.build("ipv4 payload=hex:de:ad-be.ef"), 20, 24));
        assertEquals("00220a5c09c3a9", hex(PacketResources.build("ipv4 payload=\"\\0\\\"\\n\\\\\\t\u00e9\""), 20, 27));
        assertEquals("hi", new String(PacketResources.build("ipv4 payload=hi"), 20, 2, StandardCharsets.US_ASCII));
    }

    @Test
    void rawHexIsTakenAsIs() {
        assertArrayEquals(new byte[] {0x00, 0x11, 0x22, 0x33, (byte) 0xab},
                PacketResources.build("  hex:00 11:22-33\n AB "));
    }

    @Test
    void jsonFormBuildsTheSameBytes() {
        String json = "{\"layers\": [\n  {\"layer\": \"eth\", \"src\": \"aa:bb:cc:dd:ee:ff\"},\n"
                + "  {\"layer\": \"vlan\", \"id\": 5},\n"
                + "  {\"layer\": \"ipv4\", \"src\": \"10.0.0.1\", \"dst\": \"10.0.0.2\", \"df\": true, \"tos\": \"0x10\"},\n"
                + "  {\"layer\": \"tcp\", \"dport\": 80, \"flags\": \"S\", \"options\": \"hex:020405b4\"},\n"
                + "  {\"layer\": \"payload\", \"text\": \"GET /\\u0021\"}]}";
        assertArrayEquals(PacketResources.build("eth(src=aa:bb:cc:dd:ee:ff) vlan(id=5) ipv4(src=10.0.0.1,dst=10.0.0.2,df=1,tos=0x10)"
                + " tcp(dport=80,flags=S,options=hex:020405b4) payload=\"GET /!\""), PacketResources.build(json));
        assertArrayEquals(PacketResources.build("ipv6 udp payload=len:9"),
                PacketResources.build("[{\"layer\":\"ipv6\"},{\"layer\":\"udp\"},{\"layer\":\"payload\",\"len\":9}]"));
    }

    @Test
    void parsedLayersPrintAsTheSyntaxTheyCameFrom() {
        for (String d : List.of("eth ipv4(src=10.0.0.1,dst=10.0.0.2) tcp(dport=80,flags=S) payload=\"GET /\"",
                "eth vlan(id=3) ipv6(dst=fd00::9) udp payload=hex:0011", "ipv4 icmp payload=len:8",
                "ipv4 payload=\"a\\\"b\\\\c\\n\\x01\"")) {
            PacketText.Parsed parsed = Packets.parse(d);
            assertTrue(parsed.ok(), parsed.errors().toString());
            String printed = String.join(" ", parsed.layers().stream().map(LayerSpec::toString).toList());
            assertEquals(d, printed);
        }
    }

    @Test
    void addressesParseInAllTheirForms() {
        assertEquals("::", Addresses.formatIpv6(Addresses.parseIpv6("::").orElseThrow(), 0));
        assertEquals("2001:db8::1", Addresses.formatIpv6(Addresses.parseIpv6("2001:DB8:0:0:0:0:0:1").orElseThrow(), 0));
        assertEquals("::ffff:a01:203", Addresses.formatIpv6(Addresses.parseIpv6("::ffff:10.1.2.3").orElseThrow(), 0));
        assertEquals("2001:db8:0:1::", Addresses.formatIpv6(Addresses.parseIpv6("2001:db8:0:1::").orElseThrow(), 0));
        assertEquals("1:0:1:0:1::", Addresses.formatIpv6(Addresses.parseIpv6("1:0:1:0:1:0:0:0").orElseThrow(), 0));
        assertEquals("1::1:0:0:1", Addresses.formatIpv6(Addresses.parseIpv6("1:0:0:0:1:0:0:1").orElseThrow(), 0));
        for (String bad : List.of("1::2::3", ":::", "1:2:3:4:5:6:7", "12345::", "::1.2.3", "fd00::g", "1:2:3:4:5:6:7:8::")) {
            assertTrue(Addresses.parseIpv6(bad).isEmpty(), bad);
        }
        for (String bad : List.of("1.2.3", "1.2.3.4.5", "01.2.3.4", "256.0.0.0", "a.b.c.d", "")) {
            assertTrue(Addresses.parseIpv4(bad).isEmpty(), bad);
        }
        assertTrue(Addresses.parseMac("02-00-00-00-00-0A").isPresent());
        assertTrue(Addresses.parseMac("02:00:00:00:00").isEmpty());
    }
}
